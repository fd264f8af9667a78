// The zip writer read back by Python's zipfile, which checks every entry's
// checksum and sizes against the archive's directory.

#include "readback.h"

#include "db/error.h"
#include "export/zipwriter.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>

using namespace Crm;
using namespace Crm::Test;

namespace {
// name → content (Latin-1 for the JSON), after zipfile's testzip() found no bad entry.
QJsonObject readZip(const QString &path)
{
    const QByteArray json = runPython(QStringLiteral("import json, sys, zipfile\n"
                                                     "z = zipfile.ZipFile(sys.argv[1])\n"
                                                     "assert z.testzip() is None\n"
                                                     "print(json.dumps({i.filename: [z.read(i).decode('latin-1'),"
                                                     " i.compress_type] for i in z.infolist()}))\n"),
                                      {path});
    return QJsonDocument::fromJson(json).object();
}
} // namespace

TEST_CASE("ZipWriter: entries written front to back, and a reserved one filled last", "[export][zip]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.zip"));
    QByteArray big;
    QRandomGenerator random(7);
    for (int i = 0; i < 200000; ++i) // compressible and not: words and noise
        big += (i % 3 ? QByteArray("<row>cell</row>") : QByteArray::number(random.generate()));
    {
        QSaveFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        ZipWriter zip(file);
        const int first = zip.reserve("first.xml", 40);
        zip.beginEntry("data/big.xml");
        for (qsizetype at = 0; at < big.size(); at += 4096)
            zip.write(big.mid(at, 4096));
        CHECK(zip.entrySize() == quint64(big.size()));
        zip.endEntry();
        zip.addEntry("empty", {});
        zip.addEntry("名前.txt", QByteArray("tiny"));
        zip.fill(first, "<first/>");
        CHECK_THROWS_AS(zip.fill(first, QByteArray(41, 'x')), Error); // longer than its room
        zip.finish();
        REQUIRE(file.commit());
    }
    const QJsonObject entries = readZip(path);
    CHECK(entries.keys() == QStringList{QStringLiteral("data/big.xml"), QStringLiteral("empty"),
                                        QStringLiteral("first.xml"), QStringLiteral("名前.txt")});
    const QJsonArray first = entries.value(QStringLiteral("first.xml")).toArray();
    CHECK(first.at(0).toString() == QStringLiteral("<first/>") + QString(32, u' '));
    CHECK(first.at(1).toInt() == 0); // stored
    const QJsonArray data = entries.value(QStringLiteral("data/big.xml")).toArray();
    CHECK(data.at(0).toString().toLatin1() == big);
    CHECK(data.at(1).toInt() == 8); // deflated
    CHECK(QFileInfo(path).size() < big.size() / 2);
    CHECK(entries.value(QStringLiteral("empty")).toArray().at(0).toString().isEmpty());
    CHECK(entries.value(QStringLiteral("名前.txt")).toArray().at(0).toString() == QStringLiteral("tiny"));
}
