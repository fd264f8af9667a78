#pragma once

#include "model/listspec.h"
#include "model/recordschema.h"

namespace Crm {

// List specs shared by several modules' pages.
namespace StandardLists {
// Customers (role "customer") or suppliers (role "supplier").
ListSpec parties(const QString &id, bool customers);
ListSpec products(const QString &id);
// A list of a simple master-data table: its code, name and other fields.
ListSpec records(const QString &id, const RecordSchema &schema);
} // namespace StandardLists

} // namespace Crm
