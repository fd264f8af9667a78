#include "appcontext.h"
#include "command.h"
#include "db/database.h"
#include "db/error.h"
#include "model/setup.h"

#include <QFileInfo>

namespace Crm::Cli {

void initOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("company"), QCoreApplication::translate("Crm::Cli", "Company name (required)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("currency"), QCoreApplication::translate("Crm::Cli", "Base currency (default CNY)."),
                 QStringLiteral("CODE"), QStringLiteral("CNY")});
    p.addOption({QStringLiteral("prefix"),
                 QCoreApplication::translate("Crm::Cli", "Document-number prefix of this installation (default A)."),
                 QStringLiteral("PREFIX"), QStringLiteral("A")});
    p.addOption({QStringLiteral("admin-login"),
                 QCoreApplication::translate("Crm::Cli", "Administrator login (default admin)."),
                 QStringLiteral("LOGIN"), QStringLiteral("admin")});
    p.addOption({QStringLiteral("admin-name"), QCoreApplication::translate("Crm::Cli", "Administrator name."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("admin-password"),
                 QCoreApplication::translate("Crm::Cli", "Administrator password (at least 6 characters). "
                                                         "Discouraged: other users of this computer see it in "
                                                         "the process list (ps). Set $CRM_ADMIN_PASSWORD instead, "
                                                         "or leave both out to be asked on the terminal."),
                 QStringLiteral("PASSWORD")});
    p.addOption({QStringLiteral("single-user"),
                 QCoreApplication::translate("Crm::Cli", "Start as the administrator without asking for a login.")});
}

int runInit(QCommandLineParser &p)
{
    const QString path = dbPath(p);
    SetupAnswers a;
    a.companyName = p.value(QStringLiteral("company"));
    a.baseCurrency = p.value(QStringLiteral("currency")).trimmed().toUpper();
    a.numberPrefix = p.value(QStringLiteral("prefix")).trimmed().toUpper();
    a.adminLogin = p.value(QStringLiteral("admin-login"));
    a.adminName = p.value(QStringLiteral("admin-name"));
    if (p.isSet(QStringLiteral("admin-password")))
        a.adminPassword = p.value(QStringLiteral("admin-password"));
    else if (qEnvironmentVariableIsSet("CRM_ADMIN_PASSWORD"))
        a.adminPassword = qEnvironmentVariable("CRM_ADMIN_PASSWORD");
    else if (const auto typed = askPassword(
                 QCoreApplication::translate("Crm::Cli", "Password for the administrator %1: ").arg(a.adminLogin))) {
        const auto again = askPassword(QCoreApplication::translate("Crm::Cli", "The same password again: "));
        if (!again || *again != *typed) {
            err() << QCoreApplication::translate("Crm::Cli", "init: the two passwords differ; nothing was created.\n");
            return 1;
        }
        a.adminPassword = *typed;
    }
    a.singleUser = p.isSet(QStringLiteral("single-user"));
    try {
        // Validate before anything touches the disk.
        Setup::validate(a);
    } catch (const Error &e) {
        err() << QCoreApplication::translate("Crm::Cli", "init: %1\n").arg(e.message());
        return 1;
    }
    const bool existed = QFileInfo::exists(path);
    QString failure;
    {
        AppContext ctx;
        try {
            Setup::initialize(ctx.openDatabase(path, AppContext::Access::Create), a);
        } catch (const Error &e) {
            failure = e.message();
        }
    }
    if (!failure.isEmpty()) {
        if (!existed)
            removeDatabaseFiles(path);
        err() << QCoreApplication::translate("Crm::Cli", "init: %1\n").arg(failure);
        return 1;
    }
    out() << QCoreApplication::translate("Crm::Cli", "Created %1 for %2 (base currency %3, administrator %4).\n")
                 .arg(path, a.companyName, a.baseCurrency, a.adminLogin);
    return 0;
}

} // namespace Crm::Cli
