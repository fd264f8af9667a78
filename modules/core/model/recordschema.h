#pragma once

#include <QList>
#include <QString>
#include <QVariant>
#include <functional>

namespace Crm {

// Declarative description of a simple master-data table (warehouses, currencies,
// tax rates, payment terms, units, categories): the generic repository validates
// and stores it, the generic form edits it.
struct FieldSpec
{
    enum class Type {
        Text,    // free text
        Code,    // trimmed, upper-cased identifier
        Integer, // whole number within [min, max]
        Percent, // stored in basis points, edited as "13" or "6.5"
        Micros,  // stored as value × 10^6, edited with up to 6 decimals
        Bool,
        Lookup // id of a row of `lookupTable` (shown by its name)
    };
    QString column;
    std::function<QString()> title; // translated at call time
    Type type = Type::Text;
    bool required = false;
    bool unique = false;
    qint64 min = 0;
    qint64 max = 0;
    QString lookupTable;
};

struct RecordSchema
{
    QString id;                             // e.g. "core.warehouse"
    QString table;                          // e.g. "core_warehouse"
    std::function<QString()> singularTitle; // "Warehouse"
    std::function<QString()> pluralTitle;   // "Warehouses"
    QList<FieldSpec> fields;
    // Value a new record starts with, per column.
    QVariantMap defaults;

    const FieldSpec *field(const QString &column) const;
};

namespace Schemas {
const RecordSchema &warehouse();
const RecordSchema &currency();
const RecordSchema &taxRate();
const RecordSchema &paymentTerms();
const RecordSchema &unit();
const RecordSchema &productCategory();
QList<const RecordSchema *> all();
} // namespace Schemas

} // namespace Crm
