#include "masterdatapages.h"

#include "import/productimport.h"
#include "model/recordschema.h"
#include "model/standardlists.h"
#include "module/registry.h"
#include "ui/standardpages.h"

#include <QCoreApplication>

namespace Crm::Inventory {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("Crm::Inventory", text);
}
QString group()
{
    return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Inventory"));
}
} // namespace

void setupMasterDataPages(Registry &registry)
{
    const QString view = QStringLiteral("inventory.products.view");
    const QString edit = QStringLiteral("inventory.products.edit");
    const QString whView = QStringLiteral("inventory.warehouses.view");
    const QString whEdit = QStringLiteral("inventory.warehouses.edit");
    registry.addPermission({view, [] { return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "See products")); }});
    registry.addPermission({edit, [] {
                                return translated(QT_TRANSLATE_NOOP(
                                    "Crm::Inventory", "Create, edit and delete products, units and categories"));
                            }});
    registry.addPermission({whView, [] { return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "See warehouses")); }});
    registry.addPermission(
        {whEdit, [] { return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Create, edit and delete warehouses")); }});

    registry.addPage({QStringLiteral("inventory.page.products"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Products")); }, group, view, 300,
                      [edit](const PageContext &ctx, QWidget *parent) {
                          return StandardPages::products(ctx, QStringLiteral("inventory.products"), edit, parent);
                      },
                      [](const Database &) { return StandardLists::products(QStringLiteral("inventory.products")); }});
    registry.addImportTarget({QStringLiteral("inventory.products"), QStringLiteral("products"),
                              [] { return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Products")); }, edit,
                              QStringLiteral("inventory.page.products"), [] { return ProductImport::create(); }});
    registry.addPage({QStringLiteral("inventory.page.warehouses"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Warehouses")); }, group, whView, 310,
                      [whEdit](const PageContext &ctx, QWidget *parent) {
                          return StandardPages::records(ctx, QStringLiteral("inventory.warehouses"),
                                                        Schemas::warehouse(), whEdit, parent);
                      },
                      [](const Database &) {
                          return StandardLists::records(QStringLiteral("inventory.warehouses"), Schemas::warehouse());
                      }});
    registry.addPage({QStringLiteral("inventory.page.categories"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Product categories")); }, group, view,
                      320,
                      [edit](const PageContext &ctx, QWidget *parent) {
                          return StandardPages::records(ctx, QStringLiteral("inventory.categories"),
                                                        Schemas::productCategory(), edit, parent);
                      },
                      [](const Database &) {
                          return StandardLists::records(QStringLiteral("inventory.categories"),
                                                        Schemas::productCategory());
                      }});
    registry.addPage({QStringLiteral("inventory.page.units"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Units")); }, group, view, 330,
                      [edit](const PageContext &ctx, QWidget *parent) {
                          return StandardPages::records(ctx, QStringLiteral("inventory.units"), Schemas::unit(), edit,
                                                        parent);
                      },
                      [](const Database &) {
                          return StandardLists::records(QStringLiteral("inventory.units"), Schemas::unit());
                      }});
}

} // namespace Crm::Inventory
