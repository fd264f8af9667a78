#include "party.h"

#include <QCoreApplication>

namespace Crm {

QStringList Party::statuses()
{
    return {QStringLiteral("prospect"), QStringLiteral("customer"), QStringLiteral("dormant"), QStringLiteral("lost")};
}

QString Party::statusTitle(const QString &status)
{
    if (status == QLatin1String("prospect"))
        return QCoreApplication::translate("Crm::Party", "Prospect");
    if (status == QLatin1String("customer"))
        return QCoreApplication::translate("Crm::Party", "Active");
    if (status == QLatin1String("dormant"))
        return QCoreApplication::translate("Crm::Party", "Dormant");
    if (status == QLatin1String("lost"))
        return QCoreApplication::translate("Crm::Party", "Lost");
    return status;
}

QStringList Party::partyTypes()
{
    return {QStringLiteral("company"), QStringLiteral("person")};
}

QString Party::partyTypeTitle(const QString &type)
{
    if (type == QLatin1String("company"))
        return QCoreApplication::translate("Crm::Party", "Company");
    if (type == QLatin1String("person"))
        return QCoreApplication::translate("Crm::Party", "Person");
    return type;
}

} // namespace Crm
