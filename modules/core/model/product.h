#pragma once

#include <QString>
#include <QtGlobal>

namespace Crm {

struct Product
{
    qint64 id = 0;
    QString uuid;
    QString code;
    QString name;
    QString specification;
    qint64 unitId = 0;
    qint64 categoryId = 0;
    QString barcode;
    qint64 costMinor = 0; // in `currency` (the base currency when empty)
    qint64 salePriceMinor = 0;
    QString currency;
    qint64 taxRateId = 0;
    int warrantyMonths = 0;
    qint64 safetyStockMilli = 0; // Quantity in thousandths
    bool active = true;
    QString notes;
};

} // namespace Crm
