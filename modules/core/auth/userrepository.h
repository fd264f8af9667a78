#pragma once

#include "auth/user.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace Crm {

class Database;

class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(Crm::UserRepository)
public:
    UserRepository(const Database &db, QString actor)
        : m_db(db)
        , m_actor(std::move(actor))
    {}

    // Saves the user; a new user needs a password (at least 6 characters).
    // Throws Crm::Error naming the field.
    void save(User &user, const QString &newPassword = {}) const;
    // As save(), with a password already hashed by PasswordHash::hash (bulk set-up).
    void saveWithHash(User &user, const QString &encodedHash) const;
    std::optional<User> load(qint64 id) const;
    std::optional<User> findByLogin(const QString &login) const;
    QList<User> users() const;
    void setPassword(qint64 userId, const QString &password) const;
    // The active user with this login and password, or nullopt.
    std::optional<Session> authenticate(const QString &login, const QString &password) const;
    Session sessionFor(const User &user) const;

    void saveRole(Role &role) const;
    QList<Role> roles() const;
    // The deepest discount (0–100%) the role's users give without an approval.
    void setMaxDiscount(qint64 roleId, qint32 basisPoints) const;
    std::optional<Role> roleByCode(const QString &code) const;

private:
    void saveUser(User &user, const QString &newPassword, const QString &encodedHash) const;
    const Database &m_db;
    QString m_actor;
};

} // namespace Crm
