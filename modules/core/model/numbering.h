#pragma once

#include <QString>

namespace Crm {

class Database;

// Document and record numbers: "<code>-<installation prefix>-<zero-padded n>",
// e.g. QT-A-000123. Call inside the write transaction that saves the record:
// the counter advances with it, so a rolled-back save leaves no gap.
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

private:
    const Database &m_db;
};

} // namespace Crm
