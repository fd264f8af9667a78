#include "pdftext.h"
#include "shell.h"

#include "model/salesdocumentrepository.h"

#include <QProcess>
#include <QSqlQuery>

using namespace Crm;
using namespace Crm::Test;

namespace {
struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationDirPath() + QStringLiteral("/crmsuite-cli"), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST_CASE("crmsuite-cli prints a quotation to PDF with numbered copies", "[app][cli][print]")
{
    Shell shell(10);
    const QString dbPath = shell.db().path();
    QSqlQuery c = shell.db().exec(QStringLiteral("SELECT id FROM core_party WHERE is_customer = 1 LIMIT 1"));
    REQUIRE(c.next());
    QSqlQuery p = shell.db().exec(QStringLiteral("SELECT id, name FROM core_product LIMIT 1"));
    REQUIRE(p.next());
    Sales::SalesDocument d;
    d.customerId = c.value(0).toLongLong();
    d.date = QDate(2026, 11, 2);
    d.currency = QStringLiteral("CNY");
    d.lines << Sales::SalesLine{0,      p.value(0).toLongLong(), QString(), Quantity::fromUnits(3), 0, 12345,
                                Rate(), Rate::fromPercent(13)};
    Sales::SalesDocumentRepository(shell.db(), QStringLiteral("admin")).save(d);

    const QString pdf = shell.dir.filePath(QStringLiteral("quote.pdf"));
    const CliRun run =
        cli({QStringLiteral("print"), QStringLiteral("sales.quotation"), d.number, QStringLiteral("--db"), dbPath,
             QStringLiteral("--pdf"), pdf, QStringLiteral("--copies"), QStringLiteral("3")});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    const QString t = pdfPages(pdf).join(QLatin1Char('\f'));
    CHECK(t.contains(d.number));
    CHECK(t.contains(p.value(1).toString()));
    CHECK(t.contains(QStringLiteral("418.50"))); // 3 × 123.45 = 370.35 + 13% = 418.50
    CHECK(t.contains(QStringLiteral("Customer copy")));
    CHECK(t.contains(QStringLiteral("File copy")));
    CHECK(t.contains(QStringLiteral("Copy 3 of 3")));
    CHECK(pdfPages(pdf).size() == 3);

    // A number that does not exist: a clear message, no file.
    const QString missing = shell.dir.filePath(QStringLiteral("missing.pdf"));
    const CliRun bad = cli({QStringLiteral("print"), QStringLiteral("sales.quotation"), QStringLiteral("QT-X-999"),
                            QStringLiteral("--db"), dbPath, QStringLiteral("--pdf"), missing});
    CHECK(bad.status == 1);
    CHECK(bad.err.contains(QStringLiteral("QT-X-999")));
    CHECK_FALSE(QFile::exists(missing));
}
