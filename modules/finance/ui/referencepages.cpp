#include "referencepages.h"

#include "model/recordschema.h"
#include "model/standardlists.h"
#include "module/registry.h"
#include "ui/standardpages.h"

#include <QCoreApplication>

namespace Crm::Finance {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("Crm::Finance", text);
}
QString group()
{
    return translated(QT_TRANSLATE_NOOP("Crm::Finance", "Finance"));
}
} // namespace

void setupReferencePages(Registry &registry)
{
    const QString view = QStringLiteral("finance.reference.view");
    const QString edit = QStringLiteral("finance.reference.edit");
    registry.addPermission(
        {view,
         [] { return translated(QT_TRANSLATE_NOOP("Crm::Finance", "See currencies, tax rates and payment terms")); }});
    registry.addPermission(
        {edit,
         [] { return translated(QT_TRANSLATE_NOOP("Crm::Finance", "Edit currencies, tax rates and payment terms")); }});
    struct Page
    {
        const char *id;
        const char *title;
        const RecordSchema &schema;
        int order;
    };
    const Page pages[] = {
        {"finance.currencies", QT_TRANSLATE_NOOP("Crm::Finance", "Currencies"), Schemas::currency(), 400},
        {"finance.tax_rates", QT_TRANSLATE_NOOP("Crm::Finance", "Tax rates"), Schemas::taxRate(), 410},
        {"finance.payment_terms", QT_TRANSLATE_NOOP("Crm::Finance", "Payment terms"), Schemas::paymentTerms(), 420},
    };
    for (const Page &p : pages) {
        const QString listId = QString::fromLatin1(p.id);
        const RecordSchema *schema = &p.schema;
        const char *title = p.title;
        registry.addPage({QStringLiteral("finance.page.") + listId.section(QLatin1Char('.'), 1),
                          [title] { return translated(title); }, group, view, p.order,
                          [listId, schema, edit](const PageContext &ctx, QWidget *parent) {
                              return StandardPages::records(ctx, listId, *schema, edit, parent);
                          },
                          [listId, schema](const Database &) { return StandardLists::records(listId, *schema); }});
    }
}

} // namespace Crm::Finance
