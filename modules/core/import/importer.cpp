#include "import/importer.h"

#include "db/database.h"
#include "db/error.h"
#include "db/walwritebuffer.h"
#include "export/csvwriter.h"
#include "import/backgroundfree.h"
#include "import/importmapping.h"

#include <QAtomicInteger>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>
#include <optional>

namespace Crm {

namespace {
void report(const ImportOptions &options, int percent)
{
    if (options.progress)
        options.progress(percent);
}

bool isCancelled(const ImportOptions &options)
{
    return options.cancelled && options.cancelled();
}
} // namespace

QString Importer::policyTitle(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip:
        return tr("Skip the row");
    case DuplicatePolicy::Update:
        return tr("Update the existing record");
    case DuplicatePolicy::Create:
        return tr("Create a new record anyway");
    }
    return {};
}

std::optional<DuplicatePolicy> Importer::policyFromName(const QString &name)
{
    if (name == QLatin1String("skip"))
        return DuplicatePolicy::Skip;
    if (name == QLatin1String("update"))
        return DuplicatePolicy::Update;
    if (name == QLatin1String("create"))
        return DuplicatePolicy::Create;
    return std::nullopt;
}

QString Importer::cleanValue(const QString &cell)
{
    if (cell.size() > 1 && cell.front() == u'\'' && CsvWriter::needsGuard(cell.mid(1)))
        return cell.mid(1).trimmed();
    return cell.trimmed();
}

ImportReport Importer::dryRun(const ImportTable &table, const QStringList &mapping, const ImportOptions &options) const
{
    return run(table, mapping, options, false);
}

ImportReport Importer::commit(const ImportTable &table, const QStringList &mapping, const ImportOptions &options) const
{
    return run(table, mapping, options, true);
}

ImportReport Importer::run(const ImportTable &table, const QStringList &mapping, const ImportOptions &options,
                           bool write) const
{
    const std::unique_ptr<ImportTarget> target = m_target.create();
    const QList<ImportField> fields = target->fields();
    const QStringList mappingProblems = ImportMapping::problems(fields, mapping);
    if (!mappingProblems.isEmpty())
        throw Error(mappingProblems.join(QLatin1Char('\n')));
    QList<int> columnOf(fields.size(), -1);
    for (qsizetype f = 0; f < fields.size(); ++f)
        columnOf[f] = int(mapping.indexOf(fields.at(f).key));
    auto columnTitle = [&](int field) -> QString {
        if (field < 0 || field >= fields.size())
            return {};
        const int c = columnOf.at(field);
        if (c < 0)
            return fields.at(field).title();
        const QString title = table.header.value(c);
        return title.isEmpty() ? tr("Column %1").arg(c + 1) : title;
    };

    // Checking inside the write transaction: nobody changes what was checked
    // before it is written. A dry run reads in one read transaction.
    std::optional<WriteTransaction> tx;
    std::optional<ReadTransaction> reading;
    if (write)
        tx.emplace(m_db);
    else
        reading.emplace(m_db);
    report(options, 0);
    const std::function<void()> stopIfCancelled = [&options, write] {
        if (isCancelled(options))
            throw Error(write ? tr("The import was cancelled.") : tr("The check was cancelled."));
    };
    target->prepare(m_db);

    // Rows are checked in chunks on the thread pool: check() only reads.
    const qsizetype n = table.size();
    QList<QStringList> values(n);
    QList<QList<ImportKey>> keys(n);
    QList<QList<ImportProblem>> problems(n);
    QStringList *valuesAt = values.data();
    QList<ImportKey> *keysAt = keys.data();
    QList<ImportProblem> *problemsAt = problems.data();
    QList<std::pair<qsizetype, qsizetype>> chunks;
    for (qsizetype begin = 0; begin < n; begin += 2048)
        chunks.append({begin, std::min(n, begin + 2048)});
    QAtomicInteger<qsizetype> done(0);
    ImportTarget *checker = target.get();
    QtConcurrent::blockingMap(chunks, [&](const std::pair<qsizetype, qsizetype> &chunk) {
        if (isCancelled(options))
            return; // the rest of the chunks only
        for (qsizetype r = chunk.first; r < chunk.second; ++r) {
            QStringList &v = valuesAt[r];
            v.reserve(fields.size());
            for (qsizetype f = 0; f < fields.size(); ++f)
                v << (columnOf.at(f) >= 0 ? cleanValue(table.cell(r, columnOf.at(f))) : QString());
            QList<ImportProblem> &p = problemsAt[r];
            QList<int> missing;
            for (qsizetype f = 0; f < fields.size(); ++f)
                if (fields.at(f).required && v.at(f).isEmpty()) {
                    p << ImportProblem{int(f), tr("A value is required.")};
                    missing << int(f);
                }
            for (const ImportProblem &q : checker->check(v, &keysAt[r]))
                if (!missing.contains(q.field))
                    p << q;
        }
        report(options, int(60 * done.fetchAndAddRelaxed(chunk.second - chunk.first) / std::max<qsizetype>(1, n)));
    });
    stopIfCancelled();
    QList<ImportMatch> matches = target->findExisting(m_db, keys);
    stopIfCancelled();
    report(options, 70);

    ImportReport rep;
    rep.dryRun = !write;
    QList<QHash<QString, int>> seen(fields.size()); // per key field: value → first row with it
    QHash<qint64, int> updatedBy;                   // saved record → the row updating it
    QList<ImportWrite> writes;
    rep.lines.reserve(n);
    writes.reserve(n);
    for (qsizetype r = 0; r < n; ++r) {
        if (r % 4096 == 4095)
            stopIfCancelled();
        const int line = table.lines.value(r);
        QList<ImportProblem> &p = problems[r];
        for (const ImportKey &k : std::as_const(keys[r])) {
            if (k.value.isEmpty())
                continue;
            QHash<QString, int> &seenOfField = seen[k.field];
            if (seenOfField.isEmpty())
                seenOfField.reserve(n - r);
            const auto it = seenOfField.constFind(k.value);
            if (it == seenOfField.constEnd()) {
                seenOfField.insert(k.value, int(r));
            } else if (options.duplicates != DuplicatePolicy::Create || target->keyIsUnique(k.field)) {
                p << ImportProblem{
                    k.field,
                    tr("Same %1 as line %2.").arg(fields.at(k.field).title()).arg(table.lines.value(it.value()))};
            }
        }
        const ImportMatch &m = matches.at(r);
        ImportReport::Outcome outcome = ImportReport::Outcome::Create;
        QString message = target->label(values.at(r));
        int column = -1;
        if (p.isEmpty() && m.id > 0) {
            const QString same = fields.value(m.field).title ? fields.at(m.field).title() : QString();
            switch (options.duplicates) {
            case DuplicatePolicy::Skip:
                outcome = ImportReport::Outcome::Skip;
                message = tr("Duplicate of %1 (same %2): skipped.").arg(m.label, same);
                column = m.field;
                break;
            case DuplicatePolicy::Update:
                if (updatedBy.contains(m.id)) {
                    p << ImportProblem{m.field, tr("Updates the same record as line %1 (%2).")
                                                    .arg(table.lines.value(updatedBy.value(m.id)))
                                                    .arg(m.label)};
                } else {
                    p << target->checkUpdate(m_db, values.at(r), m.id);
                    updatedBy.insert(m.id, int(r));
                    outcome = ImportReport::Outcome::Update;
                    message = tr("Updates %1 (same %2).").arg(m.label, same);
                }
                break;
            case DuplicatePolicy::Create:
                if (target->keyIsUnique(m.field))
                    p << ImportProblem{m.field, tr("Already used by %1: the %2 must be unique.").arg(m.label, same)};
                break;
            }
        }
        if (!p.isEmpty()) {
            ++rep.failed;
            for (const ImportProblem &q : std::as_const(p))
                rep.lines << ImportReport::Line{line, ImportReport::Outcome::Error, columnTitle(q.field), q.reason};
            continue;
        }
        rep.lines << ImportReport::Line{line, outcome, columnTitle(column), message};
        switch (outcome) {
        case ImportReport::Outcome::Skip:
            ++rep.skipped;
            break;
        case ImportReport::Outcome::Update:
            ++rep.updated;
            writes << ImportWrite{values.at(r), m.id};
            break;
        default:
            ++rep.created;
            writes << ImportWrite{values.at(r), 0};
            break;
        }
    }
    report(options, 75);
    if (write) {
        if (options.strict && rep.failed > 0) {
            rep.refused = true;
        } else {
            // The import is done when its rows are safe in the write-ahead log;
            // copying the log into the file follows on a thread of its own.
            const DeferredCheckpoint deferred(m_db);
            const WalWriteBuffer gathered(m_db);
            stopIfCancelled();
            target->write(m_db, m_actor, writes, stopIfCancelled);
            stopIfCancelled();
            tx->commit();
        }
    }
    report(options, 100);
    // The parsed values, keys and lists of every row: freed while the caller
    // shows the report.
    freeInBackground(std::move(values), std::move(keys), std::move(problems), std::move(seen), std::move(writes),
                     std::move(matches));
    return rep;
}

} // namespace Crm
