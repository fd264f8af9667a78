#pragma once

#include "model/recordschema.h"
#include "module/registry.h"

class QWidget;

namespace Crm {

// Pages shared by several modules, built from the standard lists and forms.
namespace StandardPages {
QWidget *parties(const PageContext &ctx, const QString &listId, bool customers, const QString &editPermission,
                 const QString &deletePermission, QWidget *parent);
QWidget *products(const PageContext &ctx, const QString &listId, const QString &editPermission, QWidget *parent);
QWidget *records(const PageContext &ctx, const QString &listId, const RecordSchema &schema,
                 const QString &editPermission, QWidget *parent);
} // namespace StandardPages

} // namespace Crm
