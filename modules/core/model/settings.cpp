#include "settings.h"

#include "db/database.h"

namespace Crm {

QString Settings::value(const QString &key, const QString &fallback) const
{
    const QVariant v = m_db.scalar(QStringLiteral("SELECT value FROM core_setting WHERE key = ?"), {key});
    return v.isValid() ? v.toString() : fallback;
}

void Settings::setValue(const QString &key, const QString &value) const
{
    m_db.exec(QStringLiteral("INSERT INTO core_setting(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
              {key, value});
}

bool Settings::contains(const QString &key) const
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM core_setting WHERE key = ?"), {key}).isValid();
}

void Settings::remove(const QString &key) const
{
    m_db.exec(QStringLiteral("DELETE FROM core_setting WHERE key = ?"), {key});
}

} // namespace Crm
