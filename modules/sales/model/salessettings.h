#pragma once

#include "model/pricing.h"

#include <QCoreApplication>

namespace Crm {
class Database;
}

namespace Crm::Sales {

// The company's rules for quotations and orders, kept in the database settings.
struct SalesSettings
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Sales::SalesSettings)
public:
    Pricing::Rounding rounding = Pricing::Rounding::PerLine; // of tax
    Pricing::TaxMode taxMode = Pricing::TaxMode::Exclusive;  // of new documents
    int validityDays = 30;                                   // of a new quotation
    int deliveryDays = 7;                                    // after a new order's date
    bool noPriceBelowCost = true;                            // else prices below cost pass
    qint64 warehouseId = 0; // orders reserve and ship from it; 0: the first active warehouse

    static SalesSettings load(const Database &db);
    // Throws Crm::Error naming what is out of range; stores nothing then.
    void save(const Database &db) const;
    // The warehouse confirmed orders reserve stock in and new shipments leave
    // from: the chosen one while it is active, else the first active one (by code),
    // 0 without warehouses.
    static qint64 orderWarehouse(const Database &db);
};

} // namespace Crm::Sales
