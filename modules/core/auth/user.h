#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace Crm {

struct User
{
    qint64 id = 0;
    QString uuid;
    QString login;
    QString name;
    QString email;
    qint64 roleId = 0;
    qint64 managerId = 0;
    bool active = true;
};

struct Role
{
    qint64 id = 0;
    QString uuid;
    QString code;
    QString name;
    QStringList permissions; // permission ids; "*" grants every permission
    qint32 maxDiscountBp = 0; // the deepest discount the role gives without approval
};

// Who is working: the user and the permissions of their role.
class Session
{
public:
    Session() = default;
    Session(User user, QSet<QString> permissions)
        : m_user(std::move(user))
        , m_permissions(std::move(permissions))
    {}
    const User &user() const { return m_user; }
    QString login() const { return m_user.login; }
    bool isValid() const { return m_user.id > 0; }
    bool can(const QString &permission) const
    {
        return permission.isEmpty() || m_permissions.contains(QStringLiteral("*")) ||
               m_permissions.contains(permission);
    }

private:
    User m_user;
    QSet<QString> m_permissions;
};

namespace Permissions {
inline const QString ManageUsers = QStringLiteral("core.users.manage");
inline const QString ManageSettings = QStringLiteral("core.settings.manage");
} // namespace Permissions

} // namespace Crm
