// Data safety at the edges, through crmsuite-cli as a user runs it: reading
// commands leave the file as it was, a file that is not the suite's (or is
// damaged) is never written, and a killed demo leaves the old database.

#include "cli.h"
#include "importfiles.h"
#include "testfiles.h"

#include "auth/passwordhash.h"
#include "db/database.h"
#include "db/error.h"
#include "db/restore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <thread>
#include <unistd.h>

using namespace Crm;
using namespace Crm::Test;

namespace {

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

// A small demo company made by the CLI, closed: no connection of this process holds it.
QString demoFile(const QTemporaryDir &dir, const QString &name = QStringLiteral("crm.db"), int customers = 60)
{
    const QString path = dir.filePath(name);
    const CliRun made = cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--customers"),
                             QString::number(customers), QStringLiteral("--products"), QStringLiteral("20")});
    INFO(made.err.toStdString());
    REQUIRE(made.status == 0);
    return path;
}

QString customersCsv(const QTemporaryDir &dir)
{
    return writeFile(dir.filePath(QStringLiteral("new.csv")),
                     QByteArray("Name,Phone\nNuevo Cliente S.L.,+34 910 000 111\n"));
}

} // namespace

TEST_CASE("Reading commands leave the database byte for byte as it was", "[app][cli][safety]")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    QString number;
    {
        // A sent quotation whose validity ended yesterday: read as expired, stored as sent.
        const Database db(path);
        number = db.scalar(QStringLiteral("SELECT number FROM sales_document WHERE kind = 'quotation' "
                                          "ORDER BY id LIMIT 1"))
                     .toString();
        db.exec(QStringLiteral("UPDATE sales_document SET status = 'sent', valid_until = ? WHERE number = ?"),
                {QDate::currentDate().addDays(-1).toString(Qt::ISODate), number});
    }
    REQUIRE_FALSE(number.isEmpty());
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    const QByteArray before = digest(path);
    const QString csv = customersCsv(dir);
    const QString quotations = dir.filePath(QStringLiteral("quotations.csv"));
    const QList<QStringList> runs{
        {QStringLiteral("export"), QStringLiteral("sales.quotations"), QStringLiteral("--out"), quotations},
        {QStringLiteral("export"), QStringLiteral("sales.customers"), QStringLiteral("--format"),
         QStringLiteral("xlsx"), QStringLiteral("--out"), dir.filePath(QStringLiteral("c.xlsx"))},
        {QStringLiteral("check")},
        {QStringLiteral("check"), QStringLiteral("--full")},
        {QStringLiteral("import"), QStringLiteral("customers"), csv, QStringLiteral("--dry-run")},
        {QStringLiteral("print"), QStringLiteral("sales.quotation"), number, QStringLiteral("--pdf"),
         dir.filePath(QStringLiteral("q.pdf"))},
        {QStringLiteral("backup"), QStringLiteral("--to"), dir.filePath(QStringLiteral("copy.db"))},
        {QStringLiteral("modules")},
    };
    for (const QStringList &args : runs) {
        const CliRun run = cli(args + QStringList{QStringLiteral("--db"), path});
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        CHECK(run.status == 0);
        CHECK(digest(path) == before);
        CHECK(QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }
    // The export showed the quotation as users see it.
    const QString exported = QString::fromUtf8(fileBytes(quotations));
    const QString row = exported.section(number, 1, 1).section(QStringLiteral("\r\n"), 0, 0);
    CHECK(row.contains(QStringLiteral("Expired")));
}

TEST_CASE("Only init and demo create a database: an empty or foreign file is refused and left as it was",
          "[app][cli][safety]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target.db"));
    QString expected;
    SECTION("a file of 0 bytes")
    {
        writeFile(target, QByteArray());
        expected = QStringLiteral("it is empty");
    }
    SECTION("another program's SQLite file")
    {
        {
            const Database db(target, Database::Mode::Create);
            db.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"));
            db.exec(QStringLiteral("INSERT INTO notes(body) VALUES ('not ours')"));
        }
        expected = QStringLiteral("another program");
    }
    const QByteArray before = digest(target);
    const QString csv = customersCsv(dir);
    const QList<QStringList> runs{
        {QStringLiteral("export"), QStringLiteral("sales.customers"), QStringLiteral("--out"),
         dir.filePath(QStringLiteral("out.csv"))},
        {QStringLiteral("check")},
        {QStringLiteral("import"), QStringLiteral("customers"), csv},
        {QStringLiteral("import"), QStringLiteral("customers"), csv, QStringLiteral("--dry-run")},
        {QStringLiteral("print"), QStringLiteral("sales.quotation"), QStringLiteral("QT-A-000001"),
         QStringLiteral("--pdf"), dir.filePath(QStringLiteral("q.pdf"))},
        {QStringLiteral("backup"), QStringLiteral("--to"), dir.filePath(QStringLiteral("copy.db"))},
        {QStringLiteral("upgrade")},
    };
    for (const QStringList &args : runs) {
        const CliRun run = cli(args + QStringList{QStringLiteral("--db"), target});
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        CHECK(run.status != 0);
        CHECK(run.err.contains(QStringLiteral("not a CRM Suite database")));
        CHECK(run.err.contains(expected));
        CHECK(digest(target) == before);
    }
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("copy.db"))));
    // Nor is such a file taken as a backup to restore.
    const QString real = demoFile(dir, QStringLiteral("real.db"), 20);
    const QByteArray realBefore = digest(real);
    const CliRun restore = cli({QStringLiteral("restore"), target, QStringLiteral("--db"), real});
    CHECK(restore.status == 1);
    CHECK(digest(real) == realBefore);
}

TEST_CASE("A writing command refuses a damaged database and writes nothing into it", "[app][cli][safety]")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    overwritePagesOf(path, QStringLiteral("core_contact"));
    const QByteArray before = digest(path);
    const CliRun run = cli({QStringLiteral("import"), QStringLiteral("customers"), customersCsv(dir),
                            QStringLiteral("--db"), path});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("is damaged")));
    CHECK(run.err.contains(QStringLiteral("Nothing was written")));
    CHECK_FALSE(run.out.contains(QStringLiteral("created")));
    CHECK(digest(path) == before);
    const CliRun check = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(check.status == 1);
}

TEST_CASE("A killed demo --replace leaves the old database whole, and the next demo clears what it left",
          "[app][cli][safety][crash]")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir, QStringLiteral("crm.db"), 20);
    const QByteArray before = digest(path);
    const QString partial = path + QStringLiteral(".demo-partial");
    QProcess demo;
    demo.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/crmsuite-cli"));
    demo.setArguments({QStringLiteral("demo"), QStringLiteral("--replace"), QStringLiteral("--db"), path,
                       QStringLiteral("--customers"), QStringLiteral("30000")});
    demo.start();
    REQUIRE(demo.waitForStarted());
    // Killed once the new demo has begun to fill its file.
    QElapsedTimer waited;
    waited.start();
    while (QFileInfo(partial).size() + QFileInfo(partial + QStringLiteral("-wal")).size() < 200000 &&
           waited.elapsed() < 20000)
        QThread::msleep(10);
    REQUIRE(demo.state() == QProcess::Running);
    demo.kill(); // SIGKILL
    REQUIRE(demo.waitForFinished());
    CHECK(digest(path) == before);
    const CliRun check = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(check.status == 0);
    CHECK(QFileInfo::exists(partial));
    const CliRun again = cli({QStringLiteral("demo"), QStringLiteral("--replace"), QStringLiteral("--db"), path,
                              QStringLiteral("--customers"), QStringLiteral("25")});
    CHECK(again.status == 0);
    CHECK_FALSE(QFileInfo::exists(partial));
    const Database db(path, Database::Mode::ReadOnly);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party WHERE is_customer = 1")).toInt() == 25);
}

TEST_CASE("Each demo user has a hash of their own, and the demo's codes the format of every later one", "[app][cli][safety][security]")
{
    QTemporaryDir dir;
    const Database db(demoFile(dir, QStringLiteral("crm.db"), 10), Database::Mode::ReadOnly);
    QSqlQuery q = db.exec(QStringLiteral("SELECT login, password_hash FROM core_user"));
    QSet<QString> hashes;
    int users = 0;
    while (q.next()) {
        ++users;
        INFO(q.value(0).toString().toStdString());
        CHECK(PasswordHash::verify(q.value(1).toString(), QStringLiteral("demo123")));
        hashes.insert(q.value(1).toString());
    }
    CHECK(users == 8);
    CHECK(hashes.size() == users);
    // Its codes have the format every later record gets.
    CHECK(db.scalar(QStringLiteral("SELECT code FROM core_party WHERE is_customer = 1 ORDER BY id LIMIT 1"))
              .toString() == QStringLiteral("CU-A-000001"));
    CHECK(db.scalar(QStringLiteral("SELECT code FROM core_product ORDER BY id LIMIT 1")).toString() ==
          QStringLiteral("P-A-000001"));
}

namespace {
// A small disk of its own (tmpfs), where root may mount one; unmounted at the end.
struct SmallDisk
{
    QTemporaryDir dir;
    bool mounted = false;
    explicit SmallDisk(int megabytes)
    {
        mounted = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                                              QStringLiteral("-o"),
                                                              QStringLiteral("size=%1m").arg(megabytes),
                                                              QStringLiteral("tmpfs"), dir.path()}) == 0;
    }
    ~SmallDisk()
    {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), {dir.path()});
    }
    QString filePath(const QString &name) const { return dir.filePath(name); }
    // Fills the disk up to `room` bytes free.
    void fill(qint64 room) const
    {
        QFile filler(dir.filePath(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Append));
        for (const int size : {64 * 1024, 4096, 512}) {
            const QByteArray block(size, 'x');
            while (QStorageInfo(dir.path()).bytesAvailable() >= room + block.size())
                if (filler.write(block) != block.size() || !filler.flush())
                    break;
        }
    }
};

bool showsSql(const QString &message)
{
    for (const char *word : {"INSERT", "SELECT", "UPDATE ", "Unable to fetch row", "in: "})
        if (message.contains(QLatin1String(word)))
            return true;
    return false;
}
} // namespace

TEST_CASE("On a full disk, import, export and demo say so in plain words and change nothing",
          "[app][cli][safety][diskfull]")
{
    SmallDisk disk(12);
    if (!disk.mounted) {
        WARN("no tmpfs could be mounted here (not root?): the disk-full cases are skipped");
        return;
    }
    QTemporaryDir dir;
    const QString path = disk.filePath(QStringLiteral("crm.db"));
    const QString onOtherDisk = demoFile(dir);
    REQUIRE(QFile::copy(onOtherDisk, path));
    QByteArray rows("Name,Phone,E-mail\n");
    for (int i = 0; i < 6000; ++i)
        rows += QStringLiteral("Cliente de prueba número %1 S.L.,+34 91 %2,c%1@example.com\n")
                    .arg(i)
                    .arg(1000000 + i)
                    .toUtf8();
    const QString csv = writeFile(dir.filePath(QStringLiteral("many.csv")), rows);
    disk.fill(200 * 1024);
    const QByteArray before = digest(path);

    const CliRun import =
        cli({QStringLiteral("import"), QStringLiteral("customers"), csv, QStringLiteral("--db"), path});
    INFO(import.out.toStdString() << import.err.toStdString());
    CHECK(import.status == 1);
    CHECK(import.err.contains(QStringLiteral("the disk is full")));
    CHECK_FALSE(showsSql(import.err));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), path}).status == 0);
    {
        const Database db(path, Database::Mode::ReadOnly);
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party WHERE is_customer = 1")).toInt() == 60);
    }

    // An export onto the full disk (a database elsewhere).
    disk.fill(0);
    const CliRun exported = cli({QStringLiteral("export"), QStringLiteral("sales.customers"), QStringLiteral("--db"),
                                 onOtherDisk, QStringLiteral("--out"), disk.filePath(QStringLiteral("c.csv"))});
    INFO(exported.err.toStdString());
    CHECK(exported.status == 1);
    CHECK(exported.err.contains(QStringLiteral("the disk is full")));
    CHECK_FALSE(QFileInfo::exists(disk.filePath(QStringLiteral("c.csv"))));

    const QString demo = disk.filePath(QStringLiteral("demo.db"));
    const CliRun made = cli({QStringLiteral("demo"), QStringLiteral("--db"), demo});
    INFO(made.err.toStdString());
    CHECK(made.status == 1);
    CHECK(made.err.contains(QStringLiteral("the disk is full")));
    CHECK_FALSE(showsSql(made.err));
    CHECK_FALSE(QFileInfo::exists(demo));
    CHECK_FALSE(QFileInfo::exists(demo + QStringLiteral(".demo-partial")));
    CHECK(digest(path) == before);
}

TEST_CASE("A writer waits its turn behind another program's write, and says so plainly when it gives up",
          "[app][cli][safety][busy]")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    std::atomic<bool> holding{false};
    std::thread other([&] {
        // Another program's long write: the lock is held for 9 s.
        const Database db(path);
        WriteTransaction tx(db);
        db.exec(QStringLiteral("UPDATE core_setting SET value = value WHERE key = 'company.name'"));
        holding = true;
        QThread::msleep(9000);
        tx.commit();
        db.closeThreadConnection();
    });
    while (!holding)
        QThread::msleep(5);
    {
        Database::setWriteWait(0);
        const Database db(path);
        QString refused;
        try {
            WriteTransaction tx(db);
        } catch (const Error &e) {
            refused = e.message();
        }
        Database::setWriteWait(5000);
        CHECK(refused.contains(QStringLiteral("Another program is writing")));
        CHECK_FALSE(refused.contains(QStringLiteral("locked")));
    }
    // Reading does not wait: an export and a dry run go on beside the write.
    const CliRun exported = cli({QStringLiteral("export"), QStringLiteral("sales.customers"), QStringLiteral("--db"),
                                 path, QStringLiteral("--out"), dir.filePath(QStringLiteral("during.csv"))});
    INFO(exported.err.toStdString());
    CHECK(exported.status == 0);
    const CliRun dry = cli({QStringLiteral("import"), QStringLiteral("customers"), customersCsv(dir),
                            QStringLiteral("--dry-run"), QStringLiteral("--db"), path});
    CHECK(dry.status == 0);
    // The command line waits until the other write is done, then imports.
    const CliRun import =
        cli({QStringLiteral("import"), QStringLiteral("customers"), customersCsv(dir), QStringLiteral("--db"), path});
    other.join();
    INFO(import.err.toStdString());
    CHECK(import.status == 0);
    CHECK(import.out.contains(QStringLiteral("1 created")));
}

TEST_CASE("Every connection runs with the settings the suite's safety stands on", "[app][safety][pragma]")
{
    QTemporaryDir dir;
    const Database db(demoFile(dir, QStringLiteral("crm.db"), 10));
    auto settings = [&] {
        return QStringList{db.scalar(QStringLiteral("PRAGMA foreign_keys")).toString(),
                           db.scalar(QStringLiteral("PRAGMA synchronous")).toString(),
                           db.scalar(QStringLiteral("PRAGMA journal_mode")).toString()};
    };
    CHECK(settings() == QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("wal")});
    QStringList onWorker;
    std::thread worker([&] {
        onWorker = settings();
        db.closeThreadConnection();
    });
    worker.join();
    CHECK(onWorker == settings());
}

TEST_CASE("Outside single-user mode the command line works as a user who gives their password",
          "[app][cli][safety][security]")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir, QStringLiteral("crm.db"), 10);
    const QString out = dir.filePath(QStringLiteral("customers.csv"));
    const QStringList exportCustomers{QStringLiteral("export"), QStringLiteral("sales.customers"),
                                      QStringLiteral("--db"),   path,
                                      QStringLiteral("--out"),  out};
    const QString none; // a null value removes the variable

    const CliRun noPassword = cli(exportCustomers, {{QStringLiteral("CRM_PASSWORD"), none}});
    CHECK(noPassword.status == 1);
    CHECK(noPassword.err.contains(QStringLiteral("needs the password of admin")));
    CHECK(noPassword.err.contains(QStringLiteral("CRM_PASSWORD")));
    CHECK_FALSE(QFileInfo::exists(out));

    const CliRun wrong = cli(exportCustomers, {{QStringLiteral("CRM_PASSWORD"), QStringLiteral("guess")}});
    CHECK(wrong.status == 1);
    CHECK(wrong.err.contains(QStringLiteral("Wrong login or password for admin")));
    CHECK_FALSE(QFileInfo::exists(out));

    // The warehouse may not see the customers page, so it may not export it.
    const CliRun warehouse = cli(exportCustomers + QStringList{QStringLiteral("--user"), QStringLiteral("zhao.lei")});
    CHECK(warehouse.status == 1);
    CHECK(warehouse.err.contains(QStringLiteral("zhao.lei may not")));
    CHECK_FALSE(QFileInfo::exists(out));

    // Nor may a salesperson import products, back up or restore.
    const CliRun backup = cli({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                               QStringLiteral("wang.fang"), QStringLiteral("--to"),
                               dir.filePath(QStringLiteral("b.db"))});
    CHECK(backup.status == 1);
    CHECK(backup.err.contains(QStringLiteral("wang.fang may not")));

    const CliRun sales = cli(exportCustomers + QStringList{QStringLiteral("--user"), QStringLiteral("wang.fang")});
    INFO(sales.err.toStdString());
    CHECK(sales.status == 0);
    CHECK(QFileInfo::exists(out));

    // In single-user mode the file is the key: no password is asked.
    {
        const Database db(path);
        db.exec(QStringLiteral("INSERT INTO core_setting(key, value) VALUES ('auth.single_user_login', 'admin') "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    }
    QFile::remove(out);
    const CliRun single = cli(exportCustomers, {{QStringLiteral("CRM_PASSWORD"), none}});
    INFO(single.err.toStdString());
    CHECK(single.status == 0);
    CHECK(QFileInfo::exists(out));
}

TEST_CASE("A database in a folder that cannot be written is read, and a write is refused as read-only",
          "[app][cli][safety][readonly]")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir, QStringLiteral("crm.db"), 10);
    QTemporaryDir outDir;
    QFile::setPermissions(outDir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                             QFileDevice::ReadOther | QFileDevice::WriteOther |
                                             QFileDevice::ExeOther);
    const auto folderMode = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther |
                            QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup;
    // Root writes everywhere: as root the commands run as nobody, who owns the
    // file but may not write its folder.
    QStringList runAs;
    if (::geteuid() == 0) {
        REQUIRE(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
        runAs = {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                 QStringLiteral("--clear-groups"), QStringLiteral("--")};
    }
    REQUIRE(QFile::setPermissions(dir.path(), folderMode));
    const QByteArray before = digest(path);
    auto run = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("CRM_PASSWORD"), QStringLiteral("demo123"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), outDir.path());
        env.insert(QStringLiteral("HOME"), outDir.path());
        p.setProcessEnvironment(env);
        QStringList command = runAs;
        command << QCoreApplication::applicationDirPath() + QStringLiteral("/crmsuite-cli") << args;
        p.start(command.takeFirst(), command);
        REQUIRE(p.waitForFinished(60000));
        return CliRun{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                      QString::fromUtf8(p.readAllStandardError())};
    };
    const QString out = outDir.filePath(QStringLiteral("customers.csv"));
    const CliRun exported =
        run({QStringLiteral("export"), QStringLiteral("sales.customers"), QStringLiteral("--db"), path,
             QStringLiteral("--out"), out});
    INFO(exported.err.toStdString());
    CHECK(exported.status == 0);
    CHECK(QFileInfo(out).size() > 0);
    const CliRun checked = run({QStringLiteral("check"), QStringLiteral("--db"), path});
    INFO(checked.err.toStdString());
    CHECK(checked.status == 0);
    const CliRun imported = run({QStringLiteral("import"), QStringLiteral("customers"), customersCsv(outDir),
                                 QStringLiteral("--db"), path});
    CHECK(imported.status == 1);
    CHECK(imported.err.contains(QStringLiteral("read-only")));
    CHECK_FALSE(imported.err.contains(QStringLiteral("damaged")));
    QFile::setPermissions(dir.path(), folderMode | QFileDevice::WriteOwner);
    CHECK(digest(path) == before);
}
