#pragma once

namespace Crm {
class Registry;
// Pages the shell itself provides (administration), with their permissions.
void registerShellPages(Registry &registry);
} // namespace Crm
