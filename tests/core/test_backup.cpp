#include "testfiles.h"
#include "testdb.h"

#include "db/backup.h"
#include "db/restore.h"
#include "db/backupfolder.h"
#include "db/filesync.h"
#include "model/backupsettings.h"
#include "model/startupcheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <atomic>
#include <thread>

using namespace Crm;
using namespace Crm::Test;

namespace {
// A closed database file with core's schema and `customers` customers.
void createFile(const QString &path, int customers = 40)
{
    TestDatabase t({QStringLiteral("core")}, path);
    initializeCompany(t);
    for (int i = 0; i < customers; ++i)
        makeCustomer(t, QStringLiteral("Customer %1 with a name long enough to fill a few pages").arg(i));
}

int customers(const Database &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM core_party WHERE is_customer = 1")).toInt();
}

int customersIn(const QString &path)
{
    const Database db(path, Database::Mode::ReadOnly);
    return customers(db);
}

} // namespace

TEST_CASE("A backup made while another thread writes is checked and holds one committed state", "[core][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.db"));
    TestDatabase t({QStringLiteral("core")}, path);
    const Database &db = t.db();
    // Every transaction adds 50 rows to one table and the count to another: a copy
    // of one committed state has both agree.
    db.exec(QStringLiteral("CREATE TABLE bk_row (id INTEGER PRIMARY KEY, pad TEXT NOT NULL)"));
    db.exec(QStringLiteral("CREATE TABLE bk_total (n INTEGER NOT NULL)"));
    db.exec(QStringLiteral("INSERT INTO bk_total VALUES (0)"));
    const QString pad(400, QLatin1Char('x'));
    {
        WriteTransaction tx(db);
        for (int i = 0; i < 20000; ++i)
            db.exec(QStringLiteral("INSERT INTO bk_row(pad) VALUES (?)"), {pad});
        db.exec(QStringLiteral("UPDATE bk_total SET n = 20000"));
        tx.commit();
    }

    std::atomic<bool> stop{false};
    std::atomic<int> commits{0};
    QString writerError;
    std::thread writer([&] {
        try {
            while (!stop) {
                WriteTransaction tx(db);
                for (int i = 0; i < 50; ++i)
                    db.exec(QStringLiteral("INSERT INTO bk_row(pad) VALUES (?)"), {pad});
                db.exec(QStringLiteral("UPDATE bk_total SET n = n + 50"));
                tx.commit();
                ++commits;
            }
        } catch (const Error &e) {
            writerError = e.message();
        }
        db.closeThreadConnection();
    });
    while (commits < 5 && writerError.isEmpty())
        std::this_thread::yield();

    QList<BackupResult> copies;
    for (int i = 0; i < 3; ++i)
        copies << Backup::create(db, dir.filePath(QStringLiteral("copy-%1.db").arg(i)));
    const int commitsDuringBackups = commits;
    stop = true;
    writer.join();
    REQUIRE(writerError.isEmpty());
    CHECK(commitsDuringBackups > 5);

    for (const BackupResult &copy : copies) {
        CHECK(copy.bytes > 8'000'000);
        CHECK_FALSE(QFile::exists(copy.path + QStringLiteral(".partial")));
        // A single file with a rollback journal (header bytes 18 and 19 are 1).
        const QByteArray header = fileBytes(copy.path).left(20);
        CHECK(int(header.at(18)) == 1);
        CHECK(int(header.at(19)) == 1);
        const Database c(copy.path, Database::Mode::ReadOnly);
        CHECK(c.integrityCheck(false) == QStringLiteral("ok"));
        const int rows = c.scalar(QStringLiteral("SELECT count(*) FROM bk_row")).toInt();
        CHECK(rows == c.scalar(QStringLiteral("SELECT n FROM bk_total")).toInt());
        CHECK(rows >= 20000);
        CHECK(rows % 50 == 0);
    }
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("crm.db-journal"))));
}

TEST_CASE("A backup refuses to overwrite its own database and to run inside a write transaction", "[core][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.db"));
    TestDatabase t({QStringLiteral("core")}, path);
    CHECK_THROWS_AS(Backup::create(t, path), Error);
    {
        WriteTransaction tx(t);
        CHECK_THROWS_AS(Backup::create(t, dir.filePath(QStringLiteral("in-tx.db"))), Error);
    }
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("in-tx.db"))));
    // A folder that does not exist yet is made.
    const BackupResult r = Backup::create(t, dir.filePath(QStringLiteral("deep/er/copy.db")));
    CHECK(QFileInfo(r.path).isFile());
}

TEST_CASE("Restore replaces the database and keeps the previous file", "[core][backup][restore]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.db"));
    createFile(path, 10);
    const QString backup = dir.filePath(QStringLiteral("backup.db"));
    {
        TestDatabase t({QStringLiteral("core")}, path);
        Backup::create(t, backup);
        makeCustomer(t, QStringLiteral("Added after the backup"));
        CHECK(customers(t) == 11);
    }
    const QHash<QString, int> versions = Backup::verify(backup, migrations());
    CHECK(versions.value(QStringLiteral("core")) == migrations().latestVersion(QStringLiteral("core")));
    const QDateTime when(QDate(2026, 11, 22), QTime(9, 30, 15));
    const QString kept = Restore::replace(backup, path, when);
    CHECK(kept == path + QStringLiteral(".before-restore-20261122-093015-000"));
    CHECK(customersIn(path) == 10);
    CHECK(customersIn(kept) == 11);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".restoring")));
    // The backup itself is left as it was.
    CHECK(customersIn(backup) == 10);
    // The restored file opens read-write and takes new records.
    TestDatabase again({QStringLiteral("core")}, path);
    makeCustomer(again, QStringLiteral("After the restore"));
    CHECK(customers(again) == 11);
}

TEST_CASE("Restore refuses a backup from a newer schema or one that is damaged, and changes nothing",
          "[core][backup][restore]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.db"));
    createFile(path);
    const QString backup = dir.filePath(QStringLiteral("backup.db"));
    {
        const Database db(path);
        Backup::create(db, backup);
    }
    QString expected;
    SECTION("a newer schema")
    {
        {
            const Database copy(backup);
            copy.exec(QStringLiteral("INSERT INTO schema_migrations(module, version, name, applied_at) "
                                     "VALUES ('core', 999, 'future', '')"));
        }
        expected = QStringLiteral("newer version");
    }
    SECTION("overwritten pages")
    {
        overwritePagesOf(backup, QStringLiteral("core_party"));
        expected = backup;
    }
    SECTION("not a database at all")
    {
        QFile f(backup);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("name,phone\nAcme,123\n");
        f.close();
        expected = QStringLiteral("not a CRM Suite database");
    }
    const QByteArray before = fileBytes(path);
    try {
        Backup::verify(backup, migrations());
        FAIL("the backup was accepted");
    } catch (const Error &e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(expected));
    }
    CHECK(fileBytes(path) == before);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*before-restore*")}).isEmpty());
}

TEST_CASE("A damaged database is found at start, is not backed up, and the newest good backup is offered",
          "[core][backup][damage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.db"));
    createFile(path, 300);
    const BackupFolder folder(path);
    const QDateTime day(QDate(2026, 11, 20), QTime(8, 0));
    {
        const Database db(path);
        folder.backUp(db, 7, day);
        // A newer backup that is itself damaged later on.
        folder.backUp(db, 7, day.addDays(1));
    }
    overwritePagesOf(folder.fileFor(day.addDays(1)), QStringLiteral("core_party"));
    REQUIRE(Backup::damage(path).isEmpty());
    overwritePagesOf(path, QStringLiteral("core_party"));
    CHECK_FALSE(Backup::damage(path).isEmpty());

    // The file still opens (its schema reads): the start-up check finds the damage.
    Database db(path, Database::Mode::ReadOnly);
    const StartupReport report = StartupCheck::run(db, migrations(), day.addDays(2));
    CHECK_FALSE(report.damage.isEmpty());
    REQUIRE(report.newestGood);
    CHECK(report.newestGood->path == folder.fileFor(day));
    CHECK(report.backup.isEmpty());
    CHECK(folder.list().size() == 2);
    // Nor does a backup by hand of the damaged file replace anything.
    CHECK_THROWS_AS(Backup::create(db, dir.filePath(QStringLiteral("copy.db"))), Error);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("copy.db"))));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("copy.db.partial"))));
    // The damaged file is refused as a backup to restore.
    CHECK_THROWS_AS(Backup::verify(path, migrations()), Error);
}

TEST_CASE("A damaged database restored from the good backup is sound again; the damaged file is kept",
          "[core][backup][damage][restore]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.db"));
    createFile(path, 300);
    const BackupFolder folder(path);
    {
        const Database db(path);
        folder.backUp(db, 7);
    }
    overwritePagesOf(path, QStringLiteral("core_party"));
    const QByteArray damaged = fileBytes(path);
    const auto good = folder.newestGood(migrations());
    REQUIRE(good);
    const QString kept = Restore::replace(good->path, path);
    CHECK(Backup::damage(path).isEmpty());
    CHECK(customersIn(path) == 300);
    CHECK(fileBytes(kept) == damaged);
}

TEST_CASE("The automatic backup runs once a day and the folder keeps the newest N", "[core][backup][daily]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.db"));
    createFile(path);
    const Database db(path);
    const BackupFolder folder(path);
    CHECK(folder.path() == dir.filePath(QStringLiteral("backups")));
    CHECK(BackupSettings::load(db).automatic);
    CHECK(BackupSettings::load(db).keep == 7);
    BackupSettings settings;
    settings.keep = 3;
    settings.save(db);

    const QDateTime first(QDate(2026, 11, 1), QTime(9, 30, 15));
    QStringList made;
    for (int day = 0; day < 5; ++day) {
        const StartupReport report = StartupCheck::run(db, migrations(), first.addDays(day));
        CHECK(report.damage.isEmpty());
        CHECK(report.backupError.isEmpty());
        made << report.backup;
        // A second start the same day makes none.
        CHECK(StartupCheck::run(db, migrations(), first.addDays(day).addSecs(3600)).backup.isEmpty());
    }
    CHECK(made.first() == dir.filePath(QStringLiteral("backups/crm-2026-11-01-093015.db")));
    const QList<BackupEntry> kept = folder.list();
    REQUIRE(kept.size() == 3);
    CHECK(kept.at(0).path == made.at(4));
    CHECK(kept.at(2).path == made.at(2));
    CHECK(kept.at(0).time == first.addDays(4));
    for (const BackupEntry &e : kept)
        CHECK_NOTHROW(Backup::verify(e.path, migrations()));
    // Another database in the same folder has backups of its own.
    CHECK(BackupFolder(dir.filePath(QStringLiteral("other.db"))).list().isEmpty());

    settings.automatic = false;
    settings.save(db);
    CHECK(StartupCheck::run(db, migrations(), first.addDays(9)).backup.isEmpty());
    CHECK(folder.list().size() == 3);
}

TEST_CASE("A database opened read-only refuses writes with a clear message", "[core][backup][readonly]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.db"));
    createFile(path, 1);
    const Database db(path, Database::Mode::ReadOnly);
    for (const auto &write : std::initializer_list<std::function<void()>>{
             [&] { WriteTransaction tx(db); }, [&] { db.exec(QStringLiteral("DELETE FROM core_party")); }}) {
        try {
            write();
            FAIL("a read-only database took a write");
        } catch (const Error &e) {
            CHECK(e.message() == QStringLiteral("The database %1 is open read-only: nothing can be saved.").arg(path));
        }
    }
    CHECK(customers(db) == 1);
}

namespace {
// A database of 3 customers at `path`, its backup beside it (returned), and then
// a fourth customer that only the database has.
QString databaseAndOlderBackup(const QTemporaryDir &dir, const QString &path)
{
    createFile(path, 3);
    const QString backup = dir.filePath(QStringLiteral("backup.db"));
    TestDatabase t({QStringLiteral("core")}, path);
    Backup::create(t, backup);
    makeCustomer(t, QStringLiteral("Only in the database"));
    return backup;
}
} // namespace

TEST_CASE("Two restores within one second keep both earlier files; a kept copy is never overwritten",
          "[core][backup][restore]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.db"));
    const QString backup = databaseAndOlderBackup(dir, path);
    const QDateTime when(QDate(2026, 12, 7), QTime(9, 30, 15, 250));
    const QString first = Restore::replace(backup, path, when);
    {
        TestDatabase t({QStringLiteral("core")}, path);
        makeCustomer(t, QStringLiteral("Only in the second original"));
        makeCustomer(t, QStringLiteral("And another"));
    }
    const QString second = Restore::replace(backup, path, when); // the same millisecond
    CHECK(first == path + QStringLiteral(".before-restore-20261207-093015-250"));
    CHECK(second == first + QStringLiteral("-2"));
    CHECK(customersIn(first) == 4);
    CHECK(customersIn(second) == 5);
    CHECK(customersIn(path) == 3);
}

namespace {
// The state a restore of `backup` over `path` is in after a crash at `step`.
enum class Crash { CopyingBackup, BeforeKeeping, AfterKeeping, AfterRemovingLog, OldVersionMovedAside };

void crashRestore(const QString &backup, const QString &path, Crash step)
{
    const QString ready = path + QStringLiteral(".restoring");
    const QByteArray whole = fileBytes(backup);
    auto write = [](const QString &file, const QByteArray &bytes) {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(f.write(bytes) == bytes.size());
    };
    switch (step) {
    case Crash::CopyingBackup:
        write(ready + QStringLiteral(".partial"), whole.left(whole.size() / 2));
        break;
    case Crash::BeforeKeeping:
        write(ready, whole);
        break;
    case Crash::AfterKeeping:
    case Crash::AfterRemovingLog:
        write(ready, whole);
        REQUIRE(FileSync::link(path, path + QStringLiteral(".before-restore-20261207-093015-250")));
        if (step == Crash::AfterRemovingLog)
            QFile::remove(path + QStringLiteral("-shm"));
        break;
    case Crash::OldVersionMovedAside:
        // An earlier version renamed the database aside before it put the copy in place.
        write(ready, whole);
        REQUIRE(QFile::rename(path, path + QStringLiteral(".before-restore-20261207-093015")));
        break;
    }
}
} // namespace

TEST_CASE("A restore interrupted at any step is finished or undone before the database opens",
          "[core][backup][restore][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.db"));
    const QString backup = databaseAndOlderBackup(dir, path);
    const QByteArray before = fileBytes(path);
    const QDateTime later(QDate(2026, 12, 7), QTime(10, 0));
    auto kept = [&] {
        QStringList names = QDir(dir.path()).entryList({QStringLiteral("crm.db.before-restore-*")}, QDir::Files);
        names.removeIf([](const QString &n) { return n.endsWith(QLatin1String("-wal")); });
        return names;
    };

    SECTION("killed while the backup was copied: the database is untouched and the copy goes")
    {
        crashRestore(backup, path, Crash::CopyingBackup);
        const QString done = Restore::recover(path, later);
        CHECK(done.contains(QStringLiteral("not changed")));
        CHECK(fileBytes(path) == before);
        CHECK(kept().isEmpty());
    }
    SECTION("a copy left cut short by an earlier version is removed, never put in place")
    {
        crashRestore(backup, path, Crash::CopyingBackup);
        REQUIRE(QFile::rename(path + QStringLiteral(".restoring.partial"), path + QStringLiteral(".restoring")));
        const QString done = Restore::recover(path, later);
        CHECK(done.contains(QStringLiteral("not changed")));
        CHECK(fileBytes(path) == before);
        CHECK(kept().isEmpty());
    }
    SECTION("killed with the copy whole, before anything was kept: the restore is finished")
    {
        crashRestore(backup, path, Crash::BeforeKeeping);
        const QString done = Restore::recover(path, later);
        CHECK(done.contains(QStringLiteral("completed")));
        CHECK(customersIn(path) == 3);
        REQUIRE(kept().size() == 1);
        CHECK(customersIn(dir.filePath(kept().first())) == 4);
    }
    SECTION("killed after the old file was kept: it is not kept twice")
    {
        crashRestore(backup, path, GENERATE(Crash::AfterKeeping, Crash::AfterRemovingLog));
        Restore::recover(path, later);
        CHECK(customersIn(path) == 3);
        REQUIRE(kept().size() == 1);
        CHECK(customersIn(dir.filePath(kept().first())) == 4);
    }
    SECTION("an earlier version's restore, killed with no file at the path, is finished")
    {
        crashRestore(backup, path, Crash::OldVersionMovedAside);
        REQUIRE_FALSE(QFile::exists(path));
        Restore::recover(path, later);
        CHECK(customersIn(path) == 3);
        REQUIRE(kept().size() == 1);
        CHECK(customersIn(dir.filePath(kept().first())) == 4);
    }
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".restoring")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".restoring.partial")));
    CHECK(Restore::recover(path, later).isEmpty()); // nothing more to do
    const Database db(path, Database::Mode::ReadOnly);
    CHECK(db.integrityCheck(false) == QStringLiteral("ok"));
}

TEST_CASE("A backup that holds no company is not restored", "[core][backup][restore]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.db"));
    {
        TestDatabase t({QStringLiteral("core")}, empty); // migrated, never set up
    }
    try {
        Backup::verify(empty, migrations());
        FAIL("a database without users was accepted as a backup");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("no users or company settings")));
    }
}

TEST_CASE("Databases, backups and restored files are for their owner only", "[core][backup][security]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("new/data"));
    const QString path = folder + QStringLiteral("/crm.db");
    createFile(path, 2);
    const auto mode = [](const QString &p) {
        return QFileInfo(p).permissions() &
               (QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser | QFileDevice::ReadGroup |
                QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther |
                QFileDevice::ExeOther);
    };
    CHECK(mode(path) == (QFileDevice::ReadUser | QFileDevice::WriteUser));
    const auto ownerOnlyFolder = QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
    CHECK(mode(folder) == ownerOnlyFolder);
    CHECK(mode(dir.filePath(QStringLiteral("new"))) == ownerOnlyFolder);
    BackupResult made;
    {
        const Database db(path);
        made = BackupFolder(path).backUp(db, 3);
    }
    CHECK(mode(made.path) == (QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(mode(QFileInfo(made.path).absolutePath()) == ownerOnlyFolder);
    const QString kept = Restore::replace(made.path, path);
    CHECK(mode(path) == (QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(mode(kept) == (QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("What a killed backup left in the folder is removed by the next backup", "[core][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.db"));
    createFile(path, 2);
    const BackupFolder folder(path);
    QDir().mkpath(folder.path());
    const QString leftover = QDir(folder.path()).filePath(QStringLiteral("crm-2026-12-01-101010.db.partial"));
    {
        QFile f(leftover);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const Database db(path);
    folder.backUp(db, 3);
    CHECK_FALSE(QFile::exists(leftover));
    CHECK(folder.list().size() == 1);
}
