#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <vector>

struct sqlite3_stmt;

namespace Crm {

class Database;

// Rows of values packed into one buffer (few allocations for millions of values):
// a value is NULL, an integer or UTF-8 text stored in `text`.
class BulkRows
{
public:
    struct Slot
    {
        enum Kind : quint8 { Null, Int, Text } kind = Null;
        qint64 value = 0; // the integer, or the text's offset
        int size = 0;     // text length in bytes
    };
    void reserve(qsizetype bytes, qsizetype slots)
    {
        m_text.reserve(bytes);
        m_slots.reserve(size_t(slots));
    }
    void addNull() { m_slots.push_back({}); }
    void addInt(qint64 v) { m_slots.push_back({Slot::Int, v, 0}); }
    void addText(QStringView s)
    {
        const qint64 offset = m_text.size();
        appendUtf8(s);
        m_slots.push_back({Slot::Text, offset, int(m_text.size() - offset)});
    }
    size_t slotCount() const { return m_slots.size(); }
    qsizetype textBytes() const { return m_text.size(); }
    const Slot &slot(size_t i) const { return m_slots[i]; }
    const char *text(const Slot &s) const { return m_text.constData() + s.value; }
    bool isEmpty() const { return m_slots.empty(); }
    void clear()
    {
        m_text.clear();
        m_slots.clear();
    }

private:
    // Encodes `s` straight onto the end of m_text, without a QByteArray of its own.
    void appendUtf8(QStringView s);

    QByteArray m_text;
    std::vector<Slot> m_slots;
};

// A prepared statement run for many rows through SQLite's own API, for bulk
// loads (demo data, imports) where QtSql's per-value QVariant handling would
// dominate. Run inside the caller's WriteTransaction, on the calling thread's
// connection. SQLite only.
class BulkStatement
{
public:
    BulkStatement(const Database &db, const QString &sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    int parameterCount() const { return m_params; }
    // Binds the statement's parameters from rows' slots starting at `*next`,
    // advances `*next`, runs the statement and resets it; throws Crm::Error.
    void run(const BulkRows &rows, size_t *next);

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_params = 0;
    QString m_sql;
};

// A prepared query with one text parameter whose first column is an integer
// (e.g. "SELECT id FROM core_party WHERE code = ?"), run many times through
// SQLite's own API: an index probe per call for bulk checks (imports). On the
// calling thread's connection; SQLite only.
class BulkLookup
{
public:
    BulkLookup(const Database &db, const QString &sql);
    ~BulkLookup();
    BulkLookup(const BulkLookup &) = delete;
    BulkLookup &operator=(const BulkLookup &) = delete;

    // The first row's first column for `key`, or 0 when there is no row; throws Crm::Error.
    qint64 find(const QString &key);

private:
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
};

// A query read row after row through SQLite's own API, its values as QtSql
// gives them (an integer as qint64, a real as double, text as QString, a blob
// as QByteArray, NULL as a null QVariant), for reads of whole lists (exports),
// where QtSql's copy of every row and SQLite's conversion of its text to UTF-16
// took a good part of the time. Binds as Database::exec does. On the calling
// thread's connection; SQLite only.
class SqliteRows
{
public:
    SqliteRows(const Database &db, const QString &sql, const QVariantList &binds = {});
    ~SqliteRows();
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;
    // Steps to the next row; false after the last. Throws Crm::Error.
    bool next();
    int columnCount() const;
    // A value of the current row.
    QVariant value(int column) const;
    // The same value, without a QVariant: NULL or not, as an integer, and as
    // text (UTF-8, valid until the next call on this column or row; an
    // integer's digits; a real as SQLite writes it).
    bool isNull(int column) const;
    bool isText(int column) const;
    bool isInteger(int column) const;
    qint64 integer(int column) const;
    QByteArrayView utf8(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
};

} // namespace Crm
