#pragma once

#include <QHash>
#include <QString>
#include <optional>

namespace Crm {

// Reading the text of imported cells as the suite's values.
namespace ImportValues {
// An amount as spreadsheets write it — "1234.5", "1,234.50", "1.234,50", "1234,5",
// "¥ 1,200" — in minor units with `decimals` digits; nullopt when it is not one.
std::optional<qint64> amount(const QString &text, int decimals);
// A whole number ("12", "12.0"); nullopt otherwise.
std::optional<qint64> integer(const QString &text);
// yes/no, true/false, 1/0, y/n, 是/否, sí/no; nullopt otherwise.
std::optional<bool> flag(const QString &text);
} // namespace ImportValues

// Records of a lookup table found by any of their names (code, name, title …),
// compared normalised: "kg", "KG" and "ｋｇ" are the same.
class ImportLookup
{
public:
    void add(qint64 id, const QStringList &names);
    // 0 when no record has this name.
    qint64 find(const QString &name) const;
    bool isEmpty() const { return m_ids.isEmpty(); }

private:
    QHash<QString, qint64> m_ids;
};

} // namespace Crm
