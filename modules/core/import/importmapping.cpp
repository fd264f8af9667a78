#include "import/importmapping.h"

#include "model/settings.h"
#include "search/normalizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace Crm {

namespace ImportMapping {

QString headerKey(const QString &title)
{
    return Normalizer::text(title).remove(QLatin1Char(' '));
}

QStringList guess(const QList<ImportField> &fields, const QStringList &header)
{
    QStringList out(header.size());
    QSet<QString> taken;
    // Every spelling of every field first: a column named exactly like a field wins.
    QHash<QString, QString> byName;
    for (const ImportField &f : fields) {
        QStringList names{f.key, f.title ? f.title() : QString()};
        names << f.aliases;
        for (const QString &n : std::as_const(names)) {
            const QString k = headerKey(n);
            if (!k.isEmpty() && !byName.contains(k))
                byName.insert(k, f.key);
        }
    }
    for (qsizetype c = 0; c < header.size(); ++c) {
        const QString field = byName.value(headerKey(header.at(c)));
        if (!field.isEmpty() && !taken.contains(field)) {
            out[c] = field;
            taken.insert(field);
        }
    }
    return out;
}

QStringList problems(const QList<ImportField> &fields, const QStringList &mapping)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &key : mapping) {
        if (key.isEmpty())
            continue;
        const auto f = std::find_if(fields.begin(), fields.end(), [&](const ImportField &x) { return x.key == key; });
        if (f == fields.end())
            out << QCoreApplication::translate("Crm::ImportMapping", "There is no field \"%1\" to import.").arg(key);
        else if (seen.contains(key))
            out << QCoreApplication::translate("Crm::ImportMapping", "%1 is chosen for more than one column.")
                       .arg(f->title());
        seen.insert(key);
    }
    for (const ImportField &f : fields)
        if (f.required && !seen.contains(f.key))
            out << QCoreApplication::translate("Crm::ImportMapping", "Choose the column that holds %1 (required).")
                       .arg(f.title());
    return out;
}

} // namespace ImportMapping

QStringList ImportMappings::Saved::applyTo(const QStringList &fileHeader) const
{
    QHash<QString, QString> byTitle;
    for (qsizetype i = 0; i < header.size(); ++i)
        byTitle.insert(ImportMapping::headerKey(header.at(i)), fields.value(i));
    QStringList out;
    for (const QString &title : fileHeader)
        out << byTitle.value(ImportMapping::headerKey(title));
    return out;
}

QString ImportMappings::key() const
{
    return QStringLiteral("import.mappings.") + m_targetId;
}

QList<ImportMappings::Saved> ImportMappings::all() const
{
    QList<Saved> out;
    const QJsonArray list = QJsonDocument::fromJson(Settings(m_db).value(key()).toUtf8()).array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        Saved s;
        s.name = o.value(QStringLiteral("name")).toString();
        for (const QJsonValue &h : o.value(QStringLiteral("header")).toArray())
            s.header << h.toString();
        for (const QJsonValue &f : o.value(QStringLiteral("fields")).toArray())
            s.fields << f.toString();
        if (!s.name.isEmpty())
            out << s;
    }
    return out;
}

std::optional<ImportMappings::Saved> ImportMappings::find(const QString &name) const
{
    for (const Saved &s : all())
        if (s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

std::optional<ImportMappings::Saved> ImportMappings::forHeader(const QStringList &header) const
{
    auto sortedKeys = [](const QStringList &titles) {
        QStringList keys;
        for (const QString &t : titles)
            keys << ImportMapping::headerKey(t);
        keys.sort();
        return keys;
    };
    const QStringList wanted = sortedKeys(header);
    for (const Saved &s : all())
        if (sortedKeys(s.header) == wanted)
            return s;
    return std::nullopt;
}

void ImportMappings::save(const QString &name, const QStringList &header, const QStringList &fields) const
{
    QJsonArray list;
    QJsonObject o;
    o.insert(QStringLiteral("name"), name.trimmed());
    o.insert(QStringLiteral("header"), QJsonArray::fromStringList(header));
    o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    list.append(o);
    // The newest first; a few dozen are plenty.
    for (const Saved &s : all()) {
        if (s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0 || list.size() >= 30)
            continue;
        QJsonObject old;
        old.insert(QStringLiteral("name"), s.name);
        old.insert(QStringLiteral("header"), QJsonArray::fromStringList(s.header));
        old.insert(QStringLiteral("fields"), QJsonArray::fromStringList(s.fields));
        list.append(old);
    }
    Settings(m_db).setValue(key(), QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
}

} // namespace Crm
