#include "customerpages.h"

#include "model/standardlists.h"
#include "import/importbench.h"
#include "import/partyimport.h"
#include "module/registry.h"
#include "ui/standardpages.h"

#include <QCoreApplication>

namespace Crm::Sales {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("Crm::Sales", text);
}
} // namespace

void setupCustomerPages(Registry &registry)
{
    registry.addPermission({QStringLiteral("sales.customers.view"),
                            [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "See customers")); }});
    registry.addPermission({QStringLiteral("sales.customers.edit"),
                            [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Create and edit customers")); }});
    registry.addPermission({QStringLiteral("sales.customers.delete"),
                            [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Delete customers")); }});
    registry.addPage({QStringLiteral("sales.page.customers"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Customers")); },
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Sales")); },
                      QStringLiteral("sales.customers.view"), 100,
                      [](const PageContext &ctx, QWidget *parent) {
                          return StandardPages::parties(ctx, QStringLiteral("sales.customers"), true,
                                                        QStringLiteral("sales.customers.edit"),
                                                        QStringLiteral("sales.customers.delete"), parent);
                      },
                      [](const Database &) { return StandardLists::parties(QStringLiteral("sales.customers"), true); }});
    registry.addImportTarget({QStringLiteral("sales.customers"), QStringLiteral("customers"),
                              [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Customers")); },
                              QStringLiteral("sales.customers.edit"), QStringLiteral("sales.page.customers"),
                              [] { return PartyImport::create(true); }});
    registry.addBench({QStringLiteral("import"), &ImportBench::run});
}

} // namespace Crm::Sales
