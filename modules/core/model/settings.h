#pragma once

#include <QString>

namespace Crm {

class Database;

// Company-wide settings stored in the database (per-user preferences live in
// QSettings). Keys are dotted ids, e.g. "company.name".
class Settings
{
public:
    explicit Settings(const Database &db)
        : m_db(db)
    {}
    QString value(const QString &key, const QString &fallback = {}) const;
    void setValue(const QString &key, const QString &value) const;
    bool contains(const QString &key) const;
    // Back to the fallback of value().
    void remove(const QString &key) const;

    QString companyName() const { return value(QStringLiteral("company.name")); }
    QString baseCurrency() const { return value(QStringLiteral("company.base_currency"), QStringLiteral("CNY")); }
    // Per-installation prefix of document numbers, so offline installations never collide.
    QString numberPrefix() const { return value(QStringLiteral("numbering.prefix"), QStringLiteral("A")); }
    // Login to start as without asking, or empty when the suite asks for a login.
    QString singleUserLogin() const { return value(QStringLiteral("auth.single_user_login")); }
    bool isInitialized() const { return !value(QStringLiteral("company.initialized")).isEmpty(); }

private:
    const Database &m_db;
};

} // namespace Crm
