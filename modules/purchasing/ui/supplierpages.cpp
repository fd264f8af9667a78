#include "supplierpages.h"

#include "model/standardlists.h"
#include "import/partyimport.h"
#include "module/registry.h"
#include "ui/standardpages.h"

#include <QCoreApplication>

namespace Crm::Purchasing {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("Crm::Purchasing", text);
}
} // namespace

void setupSupplierPages(Registry &registry)
{
    registry.addPermission({QStringLiteral("purchasing.suppliers.view"),
                            [] { return translated(QT_TRANSLATE_NOOP("Crm::Purchasing", "See suppliers")); }});
    registry.addPermission(
        {QStringLiteral("purchasing.suppliers.edit"),
         [] { return translated(QT_TRANSLATE_NOOP("Crm::Purchasing", "Create, edit and delete suppliers")); }});
    registry.addPage({QStringLiteral("purchasing.page.suppliers"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Purchasing", "Suppliers")); },
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Purchasing", "Purchasing")); },
                      QStringLiteral("purchasing.suppliers.view"), 200,
                      [](const PageContext &ctx, QWidget *parent) {
                          return StandardPages::parties(ctx, QStringLiteral("purchasing.suppliers"), false,
                                                        QStringLiteral("purchasing.suppliers.edit"),
                                                        QStringLiteral("purchasing.suppliers.edit"), parent);
                      },
                      [](const Database &) {
                          return StandardLists::parties(QStringLiteral("purchasing.suppliers"), false);
                      }});
    registry.addImportTarget({QStringLiteral("purchasing.suppliers"), QStringLiteral("suppliers"),
                              [] { return translated(QT_TRANSLATE_NOOP("Crm::Purchasing", "Suppliers")); },
                              QStringLiteral("purchasing.suppliers.edit"), QStringLiteral("purchasing.page.suppliers"),
                              [] { return PartyImport::create(false); }});
}

} // namespace Crm::Purchasing
