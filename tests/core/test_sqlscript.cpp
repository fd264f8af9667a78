#include "catchqt.h"

#include "db/sqlscript.h"

using namespace Crm;

TEST_CASE("splitSqlScript splits at top-level semicolons", "[core][sqlscript]")
{
    const QStringList s = splitSqlScript(QStringLiteral("CREATE TABLE a (x INTEGER);\n\n"
                                                        "INSERT INTO a VALUES (1);;\n"
                                                        "  INSERT INTO a VALUES (2)  "));
    REQUIRE(s.size() == 3);
    CHECK(s.at(0) == QStringLiteral("CREATE TABLE a (x INTEGER)"));
    CHECK(s.at(1) == QStringLiteral("INSERT INTO a VALUES (1)"));
    CHECK(s.at(2) == QStringLiteral("INSERT INTO a VALUES (2)"));
    CHECK(splitSqlScript(QString()).isEmpty());
    CHECK(splitSqlScript(QStringLiteral(" ;\n; -- nothing\n")).isEmpty());
}

TEST_CASE("splitSqlScript keeps semicolons inside quotes", "[core][sqlscript]")
{
    const QStringList s = splitSqlScript(QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s; fine');\n"
                                                        "CREATE TABLE \"odd;name\" (\"col;umn\" TEXT);\n"
                                                        "SELECT 1"));
    REQUIRE(s.size() == 3);
    CHECK(s.at(0) == QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s; fine')"));
    CHECK(s.at(1) == QStringLiteral("CREATE TABLE \"odd;name\" (\"col;umn\" TEXT)"));
    CHECK(s.at(2) == QStringLiteral("SELECT 1"));
}

TEST_CASE("splitSqlScript drops comments", "[core][sqlscript]")
{
    const QStringList s =
        splitSqlScript(QStringLiteral("-- a comment; with a semicolon\n"
                                      "CREATE TABLE a (x INTEGER); -- trailing; comment\n"
                                      "/* block; comment\n over lines; */ INSERT INTO a VALUES (1);\n"
                                      "INSERT INTO a VALUES ('-- not a comment', '/* nor this */');"));
    REQUIRE(s.size() == 3);
    CHECK(s.at(0) == QStringLiteral("CREATE TABLE a (x INTEGER)"));
    CHECK(s.at(1) == QStringLiteral("INSERT INTO a VALUES (1)"));
    CHECK(s.at(2) == QStringLiteral("INSERT INTO a VALUES ('-- not a comment', '/* nor this */')"));
}

TEST_CASE("splitSqlScript keeps a trigger body in one statement", "[core][sqlscript]")
{
    const QString trigger = QStringLiteral("CREATE TRIGGER t_after AFTER INSERT ON a\n"
                                           "BEGIN\n"
                                           "    UPDATE b SET n = n + 1; -- count; it\n"
                                           "    INSERT INTO log VALUES ('inserted; yes');\n"
                                           "END");
    const QStringList s = splitSqlScript(QStringLiteral("CREATE TABLE a (x);\n") + trigger +
                                         QStringLiteral(";\ncreate temp trigger t2 before delete on a begin "
                                                        "select raise(abort, 'no; way'); end;\n"
                                                        "INSERT INTO a VALUES (1);"));
    REQUIRE(s.size() == 4);
    CHECK(s.at(0) == QStringLiteral("CREATE TABLE a (x)"));
    CHECK(s.at(1).startsWith(QStringLiteral("CREATE TRIGGER t_after")));
    CHECK(s.at(1).endsWith(QStringLiteral("END")));
    CHECK(s.at(1).contains(QStringLiteral("UPDATE b SET n = n + 1;")));
    CHECK(s.at(1).contains(QStringLiteral("'inserted; yes');")));
    CHECK_FALSE(s.at(1).contains(QStringLiteral("count; it")));
    CHECK(s.at(2) == QStringLiteral("create temp trigger t2 before delete on a begin "
                                    "select raise(abort, 'no; way'); end"));
    CHECK(s.at(3) == QStringLiteral("INSERT INTO a VALUES (1)"));
}

TEST_CASE("splitSqlScript: a column named like END does not end a trigger early", "[core][sqlscript]")
{
    const QStringList s = splitSqlScript(
        QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET legend = 1; UPDATE b SET x = 2; END;\n"
                       "SELECT 2;"));
    REQUIRE(s.size() == 2);
    CHECK(s.at(0).endsWith(QStringLiteral("x = 2; END")));
    CHECK(s.at(1) == QStringLiteral("SELECT 2"));
}

TEST_CASE("splitSqlScript: CASE ... END inside a trigger body does not end the trigger", "[core][sqlscript]")
{
    const QStringList s = splitSqlScript(
        QStringLiteral("CREATE TRIGGER stock_after AFTER INSERT ON move BEGIN\n"
                       "  UPDATE stock SET qty = qty + CASE WHEN NEW.kind = 'in' THEN NEW.qty ELSE -NEW.qty END;\n"
                       "  UPDATE stock SET touched = 1;\n"
                       "END;\n"
                       "SELECT CASE WHEN 1 THEN 'end' END;"));
    REQUIRE(s.size() == 2);
    CHECK(s.at(0).startsWith(QStringLiteral("CREATE TRIGGER stock_after")));
    CHECK(s.at(0).contains(QStringLiteral("touched = 1;")));
    CHECK(s.at(0).endsWith(QStringLiteral("END")));
    CHECK(s.at(1) == QStringLiteral("SELECT CASE WHEN 1 THEN 'end' END"));
}

TEST_CASE("mapSqlForDriver changes only PostgreSQL type words", "[core][sqlscript]")
{
    const QString sql = QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB, n integer)");
    CHECK(mapSqlForDriver(sql, QStringLiteral("QSQLITE")) == sql);
    CHECK(mapSqlForDriver(sql, QStringLiteral("QPSQL")) ==
          QStringLiteral("CREATE TABLE t (id BIGSERIAL PRIMARY KEY, data BYTEA, n integer)"));
    CHECK(mapSqlForDriver(QStringLiteral("id integer primary key autoincrement"), QStringLiteral("QPSQL")) ==
          QStringLiteral("id BIGSERIAL PRIMARY KEY"));
}
