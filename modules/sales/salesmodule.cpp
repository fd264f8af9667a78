#include "db/migrationset.h"
#include "db/references.h"
#include "model/salesdemo.h"
#include "module/imodule.h"
#include "module/registry.h"
#include "printdocuments.h"
#include "salesbench.h"
#include "ui/customerpages.h"
#include "ui/documentpages.h"
#include "ui/loanpages.h"
#include "ui/shippingpages.h"

namespace Crm::Sales {

// Table of contents of the sales module.
class SalesModule : public QObject, public IModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.crmsuite.Module" FILE "crm_sales.json")
    Q_INTERFACES(Crm::IModule)
public:
    void registerMigrations(MigrationSet &set) override { set.addFromResources(QStringLiteral("sales")); }
    void initialize(Registry &registry) override
    {
        setupCustomerPages(registry);
        setupDocumentPages(registry);
        setupShippingPages(registry);
        setupLoanPages(registry);
        setupPrintDocuments(registry);
        setupDemo(registry);
        setupBench(registry);
        nameTables();
    }

private:
    // How a refused deletion names the rows that refer to the record.
    static void nameTables()
    {
        const auto title = [](const char *text) {
            return [text] { return QCoreApplication::translate("Crm::Sales", text); };
        };
        setTableTitle(QStringLiteral("sales_document"), title(QT_TRANSLATE_NOOP("Crm::Sales", "Quotations and orders")));
        setTableTitle(QStringLiteral("sales_document_line"),
                      title(QT_TRANSLATE_NOOP("Crm::Sales", "Quotation and order lines")));
        setTableTitle(QStringLiteral("sales_shipment"),
                      title(QT_TRANSLATE_NOOP("Crm::Sales", "Shipments and shipping notices")));
        setTableTitle(QStringLiteral("sales_shipment_line"), title(QT_TRANSLATE_NOOP("Crm::Sales", "Shipment lines")));
        setTableTitle(QStringLiteral("sales_courier"), title(QT_TRANSLATE_NOOP("Crm::Sales", "Couriers")));
        setTableTitle(QStringLiteral("sales_loan"), title(QT_TRANSLATE_NOOP("Crm::Sales", "Loans and samples")));
        setTableTitle(QStringLiteral("sales_loan_line"), title(QT_TRANSLATE_NOOP("Crm::Sales", "Loan lines")));
        setTableTitle(QStringLiteral("sales_loan_return"), title(QT_TRANSLATE_NOOP("Crm::Sales", "Loan returns")));
        setTableTitle(QStringLiteral("sales_loan_return_line"),
                      title(QT_TRANSLATE_NOOP("Crm::Sales", "Loan return lines")));
        setTableTitle(QStringLiteral("sales_loan_sale_line"), title(QT_TRANSLATE_NOOP("Crm::Sales", "Loan sales")));
    }
};

} // namespace Crm::Sales

#include "salesmodule.moc"
