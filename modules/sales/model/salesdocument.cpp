#include "salesdocument.h"

#include "db/sqltext.h"

#include <QCoreApplication>

namespace Crm::Sales {

Pricing::Result SalesDocument::price(const QString &baseCurrency) const
{
    Pricing::Document d;
    d.currency = currency;
    d.baseCurrency = baseCurrency;
    d.rateMicros = rateMicros;
    d.taxMode = taxMode;
    d.rounding = rounding;
    d.discount = discount;
    for (const SalesLine &l : lines)
        d.lines << Pricing::Line{l.quantity, l.unitPriceMinor, l.discount, l.tax};
    return Pricing::price(d);
}

bool SalesDocument::isEditable() const
{
    if (kind == Kind::Order)
        return status == QLatin1String("draft");
    return status == QLatin1String("draft") || status == QLatin1String("sent");
}

QString SalesDocument::statusOn(const QString &stored, Kind kind, const QDate &validUntil, const QDate &today)
{
    const bool open = stored == QLatin1String("draft") || stored == QLatin1String("sent");
    if (kind == Kind::Quotation && open && validUntil.isValid() && validUntil < today)
        return QStringLiteral("expired");
    return stored;
}

QString SalesDocument::statusSql(const QString &alias)
{
    return QStringLiteral("(CASE WHEN %1.kind = 'quotation' AND %1.status IN ('draft', 'sent') AND "
                          "%1.valid_until <> '' AND %1.valid_until < %2 THEN 'expired' ELSE %1.status END)")
        .arg(alias, SqlText::today());
}

QStringList SalesDocument::quotationStatuses()
{
    return {QStringLiteral("draft"), QStringLiteral("sent"), QStringLiteral("accepted"), QStringLiteral("lost"),
            QStringLiteral("expired")};
}

QStringList SalesDocument::orderStatuses()
{
    return {QStringLiteral("draft"), QStringLiteral("confirmed"), QStringLiteral("partly_shipped"),
            QStringLiteral("shipped"), QStringLiteral("cancelled")};
}

QString SalesDocument::statusTitle(const QString &status)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("draft"), QT_TRANSLATE_NOOP("Crm::Sales", "Draft")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("Crm::Sales", "Sent")},
        {QStringLiteral("accepted"), QT_TRANSLATE_NOOP("Crm::Sales", "Accepted")},
        {QStringLiteral("lost"), QT_TRANSLATE_NOOP("Crm::Sales", "Lost")},
        {QStringLiteral("expired"), QT_TRANSLATE_NOOP("Crm::Sales", "Expired")},
        {QStringLiteral("confirmed"), QT_TRANSLATE_NOOP("Crm::Sales", "Confirmed")},
        {QStringLiteral("partly_shipped"), QT_TRANSLATE_NOOP("Crm::Sales", "Partly shipped")},
        {QStringLiteral("shipped"), QT_TRANSLATE_NOOP("Crm::Sales", "Shipped")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Crm::Sales", "Cancelled")}};
    const char *t = titles.value(status);
    return t ? QCoreApplication::translate("Crm::Sales", t) : status;
}

} // namespace Crm::Sales
