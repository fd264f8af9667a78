#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace Crm {

class Database;

// A field of the records a target imports: what a file column can be mapped to.
struct ImportField
{
    QString key;                    // "name", "contact_email": kept in saved mappings
    std::function<QString()> title; // translated
    bool required = false;
    // Header spellings mapped to this field without asking, besides the key and
    // the titles; compared normalised (case, width, spaces, punctuation ignored).
    QStringList aliases;
};

// A problem with a row: the field it is about (-1: the row as a whole) and why.
struct ImportProblem
{
    int field = -1;
    QString reason; // translated
};

// What identifies a record: two rows (or a row and a saved record) with the same
// key are the same record. `value` is normalised (e.g. the name's duplicate key).
struct ImportKey
{
    int field = -1;
    QString value;
};

// The saved record a row duplicates.
struct ImportMatch
{
    qint64 id = 0;  // 0: none
    int field = -1; // the key that matched
    QString label;  // "CU-A-000003 Acme Ltd."
};

// A row to write: its values (one per field) and the record it updates (0: a new one).
struct ImportWrite
{
    QStringList values;
    qint64 existingId = 0;
};

// The records one list imports (customers, suppliers, products): the fields,
// the checks of a row, the search for saved duplicates and the writing. One
// instance serves one run; rows come as one value per field, trimmed, empty
// when blank or not mapped. The importer checks required values itself.
class ImportTarget
{
public:
    virtual ~ImportTarget() = default;
    virtual QList<ImportField> fields() const = 0;
    // Reads what checking rows needs (categories, units, users …); once per run.
    virtual void prepare(const Database &db) = 0;
    // The problems of one row (malformed e-mail, unknown category …), and its keys,
    // strongest first (code before name). Called from several threads at once:
    // it may only read what prepare() set up.
    virtual QList<ImportProblem> check(const QStringList &values, QList<ImportKey> *keys) = 0;
    // Whether no two records may share this key (codes), whatever the policy.
    virtual bool keyIsUnique(int field) const = 0;
    // Per row, the saved record matched by its first key that matches any.
    virtual QList<ImportMatch> findExisting(const Database &db, const QList<QList<ImportKey>> &keys) = 0;
    // The problems of updating saved record `id` with the row's non-empty values.
    virtual QList<ImportProblem> checkUpdate(const Database &db, const QStringList &values, qint64 id) = 0;
    // How the report names a row's record: "Acme Ltd."
    virtual QString label(const QStringList &values) const = 0;
    // Creates and updates, inside the caller's write transaction; throws Crm::Error.
    // Calls `stopIfCancelled` now and then (every few hundred rows): it throws
    // when the user cancelled, and the caller's transaction is rolled back.
    virtual void write(const Database &db, const QString &actor, const QList<ImportWrite> &rows,
                       const std::function<void()> &stopIfCancelled) = 0;
};

// A target as a module registers it (Registry::addImportTarget).
struct ImportTargetSpec
{
    QString id;                     // "sales.customers": the list whose page offers Import…
    QString name;                   // on the command line: "customers"
    std::function<QString()> title; // "Customers"
    QString permission;             // needed to import
    QString pageId;                 // the page to refresh after an import
    std::function<std::unique_ptr<ImportTarget>()> create;
};

} // namespace Crm
