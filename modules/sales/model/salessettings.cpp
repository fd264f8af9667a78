#include "salessettings.h"

#include "db/database.h"
#include "db/error.h"
#include "model/settings.h"

namespace Crm::Sales {

namespace {
const QString Rounding = QStringLiteral("sales.rounding");
const QString TaxMode = QStringLiteral("sales.tax_mode");
const QString Validity = QStringLiteral("sales.quotation_validity_days");
const QString Delivery = QStringLiteral("sales.delivery_days");
const QString BelowCost = QStringLiteral("sales.no_price_below_cost");
const QString Warehouse = QStringLiteral("sales.order_warehouse");
} // namespace

SalesSettings SalesSettings::load(const Database &db)
{
    const Settings s(db);
    SalesSettings out;
    out.rounding =
        s.value(Rounding) == QLatin1String("document") ? Pricing::Rounding::PerDocument : Pricing::Rounding::PerLine;
    out.taxMode =
        s.value(TaxMode) == QLatin1String("inclusive") ? Pricing::TaxMode::Inclusive : Pricing::TaxMode::Exclusive;
    out.validityDays = s.value(Validity, QStringLiteral("30")).toInt();
    out.deliveryDays = s.value(Delivery, QStringLiteral("7")).toInt();
    out.noPriceBelowCost = s.value(BelowCost, QStringLiteral("1")) != QLatin1String("0");
    out.warehouseId = s.value(Warehouse).toLongLong();
    return out;
}

void SalesSettings::save(const Database &db) const
{
    if (validityDays < 1 || validityDays > 3650)
        throw Error(tr("A quotation's validity must be between 1 and 3650 days."), Validity);
    if (deliveryDays < 0 || deliveryDays > 3650)
        throw Error(tr("The delivery time must be between 0 and 3650 days."), Delivery);
    WriteTransaction tx(db);
    const Settings s(db);
    s.setValue(Rounding,
               rounding == Pricing::Rounding::PerDocument ? QStringLiteral("document") : QStringLiteral("line"));
    s.setValue(TaxMode,
               taxMode == Pricing::TaxMode::Inclusive ? QStringLiteral("inclusive") : QStringLiteral("exclusive"));
    s.setValue(Validity, QString::number(validityDays));
    s.setValue(Delivery, QString::number(deliveryDays));
    s.setValue(BelowCost, noPriceBelowCost ? QStringLiteral("1") : QStringLiteral("0"));
    if (warehouseId > 0 && !db.scalar(QStringLiteral("SELECT 1 FROM core_warehouse WHERE id = ? AND active = 1"),
                                      {warehouseId})
                                .isValid())
        throw Error(tr("The warehouse for orders is not an active warehouse."), Warehouse);
    s.setValue(Warehouse, warehouseId > 0 ? QString::number(warehouseId) : QString());
    tx.commit();
}

qint64 SalesSettings::orderWarehouse(const Database &db)
{
    const qint64 chosen = load(db).warehouseId;
    return db.scalar(QStringLiteral("SELECT id FROM core_warehouse WHERE active = 1 "
                                    "ORDER BY id = ? DESC, code LIMIT 1"),
                     {chosen})
        .toLongLong();
}

} // namespace Crm::Sales
