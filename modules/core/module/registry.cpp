#include "registry.h"

#include <algorithm>

namespace Crm {

void Registry::addPage(PageSpec page)
{
    m_pages.append(std::move(page));
}

QList<PageSpec> Registry::pages() const
{
    QList<PageSpec> out = m_pages;
    std::stable_sort(out.begin(), out.end(), [](const PageSpec &a, const PageSpec &b) { return a.order < b.order; });
    return out;
}

const PageSpec *Registry::page(const QString &id) const
{
    for (const PageSpec &p : m_pages)
        if (p.id == id)
            return &p;
    return nullptr;
}

QList<ListSpec> Registry::lists(const Database &db) const
{
    QList<ListSpec> out;
    for (const PageSpec &p : pages())
        if (p.list)
            out << p.list(db);
    return out;
}

std::optional<ListSpec> Registry::list(const Database &db, const QString &id) const
{
    for (const PageSpec &p : pages()) {
        if (!p.list)
            continue;
        ListSpec spec = p.list(db);
        if (spec.id == id)
            return spec;
    }
    return std::nullopt;
}

void Registry::addPermission(PermissionSpec permission)
{
    m_permissions.append(std::move(permission));
}

} // namespace Crm
