#include "userrepository.h"

#include "auth/passwordhash.h"
#include "db/database.h"
#include "db/error.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace Crm {

namespace {
User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.uuid = q.value(1).toString();
    u.login = q.value(2).toString();
    u.name = q.value(3).toString();
    u.email = q.value(4).toString();
    u.roleId = q.value(5).toLongLong();
    u.managerId = q.value(6).toLongLong();
    u.active = q.value(7).toInt() != 0;
    return u;
}
const QString kUserColumns = QStringLiteral("id, uuid, login, name, email, role_id, manager_id, active");
} // namespace

void UserRepository::save(User &u, const QString &newPassword) const
{
    saveUser(u, newPassword, {});
}

void UserRepository::saveWithHash(User &u, const QString &encodedHash) const
{
    saveUser(u, {}, encodedHash);
}

void UserRepository::saveUser(User &u, const QString &newPassword, const QString &encodedHash) const
{
    static const QRegularExpression loginRe(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    u.login = u.login.trimmed();
    if (!loginRe.match(u.login).hasMatch())
        throw Error(tr("The login must be 2 to 32 letters, digits, dots, dashes or underscores."),
                    QStringLiteral("login"));
    if (u.name.trimmed().isEmpty())
        throw Error(tr("The name is required."), QStringLiteral("name"));
    if (u.roleId <= 0)
        throw Error(tr("Choose a role."), QStringLiteral("role"));
    if (u.id == 0 && newPassword.isEmpty() && encodedHash.isEmpty())
        throw Error(tr("A new user needs a password."), QStringLiteral("password"));
    if (!newPassword.isEmpty() && newPassword.size() < 6)
        throw Error(tr("The password must have at least 6 characters."), QStringLiteral("password"));
    if (u.managerId == u.id && u.id > 0)
        throw Error(tr("A user cannot be their own manager."), QStringLiteral("manager"));
    WriteTransaction tx(m_db);
    const QVariant clash =
        m_db.scalar(QStringLiteral("SELECT name FROM core_user WHERE login = ? AND id <> ?"), {u.login, u.id});
    if (clash.isValid())
        throw Error(tr("The login %1 is already used by %2.").arg(u.login, clash.toString()), QStringLiteral("login"));
    const QString now = Database::nowUtc();
    const QVariant manager = u.managerId > 0 ? QVariant(u.managerId) : QVariant(QMetaType(QMetaType::LongLong));
    if (u.id > 0) {
        m_db.exec(QStringLiteral("UPDATE core_user SET login=?, name=?, email=?, role_id=?, manager_id=?, active=?, "
                                 "updated_at=?, updated_by=? WHERE id=?"),
                  {u.login, u.name.trimmed(), u.email.trimmed(), u.roleId, manager, int(u.active), now, m_actor, u.id});
    } else {
        u.uuid = Database::newUuid();
        QSqlQuery q =
            m_db.exec(QStringLiteral(
                          "INSERT INTO core_user(uuid, login, name, email, password_hash, role_id, manager_id, active, "
                          "created_at, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                      {u.uuid, u.login, u.name.trimmed(), u.email.trimmed(),
                       encodedHash.isEmpty() ? PasswordHash::hash(newPassword) : encodedHash, u.roleId, manager,
                       int(u.active), now, now, m_actor});
        u.id = q.lastInsertId().toLongLong();
        tx.commit();
        return;
    }
    if (!encodedHash.isEmpty())
        m_db.exec(QStringLiteral("UPDATE core_user SET password_hash = ? WHERE id = ?"), {encodedHash, u.id});
    else if (!newPassword.isEmpty())
        setPassword(u.id, newPassword);
    tx.commit();
}

void UserRepository::setPassword(qint64 userId, const QString &password) const
{
    if (password.size() < 6)
        throw Error(tr("The password must have at least 6 characters."), QStringLiteral("password"));
    m_db.exec(QStringLiteral("UPDATE core_user SET password_hash=?, updated_at=?, updated_by=? WHERE id=?"),
              {PasswordHash::hash(password), Database::nowUtc(), m_actor, userId});
}

std::optional<User> UserRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM core_user WHERE id = ?").arg(kUserColumns), {id});
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

std::optional<User> UserRepository::findByLogin(const QString &login) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1 FROM core_user WHERE login = ?").arg(kUserColumns), {login.trimmed()});
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

QList<User> UserRepository::users() const
{
    QList<User> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM core_user ORDER BY name").arg(kUserColumns));
    while (q.next())
        out << readUser(q);
    return out;
}

Session UserRepository::sessionFor(const User &user) const
{
    QSet<QString> perms;
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT permission FROM core_role_permission WHERE role_id = ?"), {user.roleId});
    while (q.next())
        perms.insert(q.value(0).toString());
    return Session(user, perms);
}

std::optional<Session> UserRepository::authenticate(const QString &login, const QString &password) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1, password_hash FROM core_user WHERE login = ? AND active = 1").arg(kUserColumns),
        {login.trimmed()});
    if (!q.next())
        return std::nullopt;
    const User u = readUser(q);
    if (!PasswordHash::verify(q.value(8).toString(), password))
        return std::nullopt;
    return sessionFor(u);
}

void UserRepository::saveRole(Role &r) const
{
    if (r.code.trimmed().isEmpty() || r.name.trimmed().isEmpty())
        throw Error(tr("A role needs a code and a name."), QStringLiteral("code"));
    WriteTransaction tx(m_db);
    const QString now = Database::nowUtc();
    if (r.id > 0) {
        m_db.exec(QStringLiteral("UPDATE core_role SET code=?, name=?, updated_at=?, updated_by=? WHERE id=?"),
                  {r.code, r.name, now, m_actor, r.id});
    } else {
        r.uuid = Database::newUuid();
        QSqlQuery q = m_db.exec(QStringLiteral("INSERT INTO core_role(uuid, code, name, created_at, updated_at, "
                                               "updated_by) VALUES (?,?,?,?,?,?)"),
                                {r.uuid, r.code, r.name, now, now, m_actor});
        r.id = q.lastInsertId().toLongLong();
    }
    m_db.exec(QStringLiteral("DELETE FROM core_role_permission WHERE role_id = ?"), {r.id});
    for (const QString &p : r.permissions)
        m_db.exec(QStringLiteral("INSERT INTO core_role_permission(role_id, permission) VALUES (?, ?)"), {r.id, p});
    tx.commit();
}

QList<Role> UserRepository::roles() const
{
    QList<Role> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, uuid, code, name, max_discount_bp FROM core_role ORDER BY id"));
    while (q.next()) {
        Role r{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {},
               q.value(4).toInt()};
        QSqlQuery p = m_db.exec(QStringLiteral("SELECT permission FROM core_role_permission WHERE role_id = ? "
                                               "ORDER BY permission"),
                                {r.id});
        while (p.next())
            r.permissions << p.value(0).toString();
        out << r;
    }
    return out;
}

void UserRepository::setMaxDiscount(qint64 roleId, qint32 basisPoints) const
{
    if (basisPoints < 0 || basisPoints > 10000)
        throw Error(tr("A maximum discount must be between 0% and 100%."), QStringLiteral("max_discount"));
    m_db.exec(QStringLiteral("UPDATE core_role SET max_discount_bp = ?, updated_at = ?, updated_by = ? WHERE id = ?"),
              {basisPoints, Database::nowUtc(), m_actor, roleId});
}

std::optional<Role> UserRepository::roleByCode(const QString &code) const
{
    for (const Role &r : roles())
        if (r.code == code)
            return r;
    return std::nullopt;
}

} // namespace Crm
