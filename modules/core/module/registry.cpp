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

void Registry::addPermission(PermissionSpec permission)
{
    m_permissions.append(std::move(permission));
}

} // namespace Crm
