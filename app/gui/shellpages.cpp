#include "shellpages.h"

#include "auth/user.h"
#include "backupsettingssection.h"
#include "module/registry.h"
#include "userspage.h"

#include <QCoreApplication>

namespace Crm {

void registerShellPages(Registry &registry)
{
    if (registry.page(QStringLiteral("core.page.users")))
        return;
    registry.addPermission(
        {Permissions::ManageUsers, [] { return QCoreApplication::translate("Crm::Shell", "Manage users and roles"); }});
    registry.addPermission({Permissions::ManageSettings,
                            [] { return QCoreApplication::translate("Crm::Shell", "Change company settings"); }});
    registry.addPage(
        {QStringLiteral("core.page.users"), [] { return QCoreApplication::translate("Crm::Shell", "Users"); },
         [] { return QCoreApplication::translate("Crm::Shell", "Administration"); }, Permissions::ManageUsers, 900,
         [](const PageContext &ctx, QWidget *parent) { return new UsersPage(ctx.db, ctx.session, parent); }});
    registry.addSettings(
        {QStringLiteral("core.backup"), [] { return QCoreApplication::translate("Crm::Shell", "&Backups"); },
         Permissions::ManageSettings,
         [](const PageContext &ctx, QWidget *parent) { return new BackupSettingsSection(ctx.db, parent); }});
}

} // namespace Crm
