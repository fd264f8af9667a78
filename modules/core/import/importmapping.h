#pragma once

#include "import/importtarget.h"

#include <QCoreApplication>
#include <optional>

namespace Crm {

class Database;

// A mapping gives, per column of the file, the key of the target field it goes to
// ("" when the column is not imported).
namespace ImportMapping {
// The header title as compared: case, width, spaces and punctuation ignored.
QString headerKey(const QString &title);
// The fields found by header title: a field's key, its title or an alias; each
// field goes to the first column that names it.
QStringList guess(const QList<ImportField> &fields, const QStringList &header);
// Translated problems of a mapping: a required field without a column, a field
// chosen for two columns, a key the target does not have. Empty when it can run.
QStringList problems(const QList<ImportField> &fields, const QStringList &mapping);
} // namespace ImportMapping

// Mappings the user chose, saved per target in the company settings by name, and
// picked again when a file with the same header comes back.
class ImportMappings
{
    Q_DECLARE_TR_FUNCTIONS(Crm::ImportMappings)
public:
    struct Saved
    {
        QString name;
        QStringList header; // the titles of the file it was made for
        QStringList fields; // per title: the field key, "" when not imported
        // This mapping for a file with `header`: columns matched by title.
        QStringList applyTo(const QStringList &fileHeader) const;
    };

    ImportMappings(const Database &db, QString targetId)
        : m_db(db)
        , m_targetId(std::move(targetId))
    {}
    QList<Saved> all() const; // the most recently saved first
    std::optional<Saved> find(const QString &name) const;
    // The most recent mapping made for the same titles (in any order).
    std::optional<Saved> forHeader(const QStringList &header) const;
    // Saves under `name`, replacing a mapping of that name.
    void save(const QString &name, const QStringList &header, const QStringList &fields) const;

private:
    QString key() const;
    const Database &m_db;
    QString m_targetId;
};

} // namespace Crm
