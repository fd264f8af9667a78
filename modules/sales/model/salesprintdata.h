#pragma once

#include <QCoreApplication>
#include <QVariantMap>

namespace Crm {
class Database;
}

namespace Crm::Sales {

// The print context of a quotation or sales order: company letterhead, customer,
// lines, totals from the pricing function, and every label translated here.
class SalesPrintData
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Sales::SalesPrintData)
public:
    // Throws Crm::Error when no such document exists.
    static QVariantMap context(const Database &db, const QString &number);
    // The company block of every sales print: name, address, phone, tax id, bank, logo.
    static QVariantMap letterhead(const Database &db);
    static QStringList quotationCopyMarks();
    static QStringList orderCopyMarks();
    // The number of the newest quotation / sales order (what the template editor
    // previews); empty when there is none.
    static QString newestQuotation(const Database &db);
    static QString newestOrder(const Database &db);
};

} // namespace Crm::Sales
