#include "standardpages.h"

#include "auth/user.h"
#include "model/partyrepository.h"
#include "model/productrepository.h"
#include "model/recordrepository.h"
#include "model/standardlists.h"
#include "ui/importwizard.h"
#include "ui/listpage.h"
#include "ui/partyform.h"
#include "ui/productform.h"
#include "ui/recordform.h"

namespace Crm::StandardPages {

namespace {
// Import… on the page when a module registered an import target for the list.
void addImport(ListPageActions &actions, const PageContext &ctx, const QString &listId)
{
    const ImportTargetSpec *target = ctx.registry.importTarget(listId);
    if (!target)
        return;
    const Database &db = ctx.db;
    const Session &session = ctx.session;
    actions.import = [&db, &session, spec = *target](QWidget *parent) {
        return ImportWizard::run(db, session, spec, parent);
    };
    actions.importPermission = target->permission;
}
} // namespace

QWidget *parties(const PageContext &ctx, const QString &listId, bool customers, const QString &editPermission,
                 const QString &deletePermission, QWidget *parent)
{
    const Database &db = ctx.db;
    const Session &session = ctx.session;
    ListPageActions actions;
    Registry *registry = &ctx.registry;
    actions.open = [&db, &session, customers, registry](QWidget *p, qint64 id) {
        return PartyForm::edit(db, session, id, customers, p, registry);
    };
    actions.remove = [&db, &session](qint64 id) { PartyRepository(db, session.login()).remove(id); };
    actions.editPermission = editPermission;
    actions.deletePermission = deletePermission;
    addImport(actions, ctx, listId);
    return new ListPage(db, session, StandardLists::parties(listId, customers), actions, parent);
}

QWidget *products(const PageContext &ctx, const QString &listId, const QString &editPermission, QWidget *parent)
{
    const Database &db = ctx.db;
    const Session &session = ctx.session;
    ListPageActions actions;
    actions.open = [&db, &session](QWidget *p, qint64 id) { return ProductForm::edit(db, session, id, p); };
    actions.remove = [&db, &session](qint64 id) { ProductRepository(db, session.login()).remove(id); };
    actions.editPermission = editPermission;
    actions.deletePermission = editPermission;
    addImport(actions, ctx, listId);
    return new ListPage(db, session, StandardLists::products(listId), actions, parent);
}

QWidget *records(const PageContext &ctx, const QString &listId, const RecordSchema &schema,
                 const QString &editPermission, QWidget *parent)
{
    const Database &db = ctx.db;
    const Session &session = ctx.session;
    ListPageActions actions;
    actions.open = [&db, &session, &schema](QWidget *p, qint64 id) {
        return RecordForm::edit(db, session, schema, id, p);
    };
    actions.remove = [&db, &session, &schema](qint64 id) { RecordRepository(db, schema, session.login()).remove(id); };
    actions.editPermission = editPermission;
    actions.deletePermission = editPermission;
    return new ListPage(db, session, StandardLists::records(listId, schema), actions, parent);
}

} // namespace Crm::StandardPages
