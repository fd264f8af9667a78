#pragma once

#include <QString>

namespace Crm {

class Database;

// How the numbers of one document type are written: "<code>-<installation
// prefix>-<n zero-padded to width>", e.g. QT-A-000123 — the one format,
// whatever makes the record (a form, an import, the demo).
struct NumberFormat
{
    QString code;
    QString prefix;
    int width = 6;
    QString operator()(qint64 value) const;
};

// Document and record numbers in their NumberFormat. Call inside the write
// transaction that saves the record: the counter advances with it, so a
// rolled-back save leaves no gap.
class Numbering
{
public:
    explicit Numbering(const Database &db)
        : m_db(db)
    {}
    // Registers a document type with its code (idempotent).
    void define(const QString &docType, const QString &code, int width = 6) const;
    QString next(const QString &docType) const;
    // The next `count` numbers at once (bulk imports), taken like next().
    QStringList take(const QString &docType, int count) const;
    // The number next() would give, without taking it.
    QString peek(const QString &docType) const;
    // The format of `docType`'s numbers, for writing many at once (the demo).
    NumberFormat format(const QString &docType) const;

private:
    const Database &m_db;
};

} // namespace Crm
