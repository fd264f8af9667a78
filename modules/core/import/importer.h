#pragma once

#include "import/importreport.h"
#include "import/importtable.h"
#include "import/importtarget.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace Crm {

class Database;

// What to do with a row that duplicates a saved record.
enum class DuplicatePolicy {
    Skip,   // leave the row out (reported as skipped)
    Update, // write the row's non-empty values into the saved record
    Create  // create a record anyway (refused when a unique key such as the code is taken)
};

struct ImportOptions
{
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
    // Nothing is imported when any row fails; otherwise the good rows are.
    bool strict = false;
    // 0…100, called on the working thread; optional.
    std::function<void(int)> progress;
    // Asked now and then on the working threads; optional. When it answers
    // true the run stops, throws Crm::Error and writes nothing.
    std::function<bool()> cancelled;
};

// Imports a table into a target: maps columns to fields, checks every row
// (required values, the target's checks, duplicates within the file and of
// saved records) and writes. A dry run changes nothing; commit() checks again
// and writes in one transaction, so that a failure leaves the database as it was.
// A row that duplicates an earlier row of the file fails, except under Create
// for keys that need not be unique.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Importer)
public:
    Importer(const Database &db, const ImportTargetSpec &target, QString actor)
        : m_db(db)
        , m_target(target)
        , m_actor(std::move(actor))
    {}

    // `mapping`: per column of the table, the field key ("" : not imported).
    // Throws Crm::Error when the mapping cannot run (a required field without a
    // column) or when the run is cancelled (options.cancelled).
    ImportReport dryRun(const ImportTable &table, const QStringList &mapping, const ImportOptions &options) const;
    ImportReport commit(const ImportTable &table, const QStringList &mapping, const ImportOptions &options) const;

    static QString policyTitle(DuplicatePolicy policy);
    // "skip", "update", "create" (as on the command line).
    static std::optional<DuplicatePolicy> policyFromName(const QString &name);
    // A cell as imported: trimmed, without the apostrophe the CSV writer puts
    // before text that would read as a formula.
    static QString cleanValue(const QString &cell);

private:
    ImportReport run(const ImportTable &table, const QStringList &mapping, const ImportOptions &options,
                     bool write) const;
    const Database &m_db;
    const ImportTargetSpec &m_target;
    QString m_actor;
};

} // namespace Crm
