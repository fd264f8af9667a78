#pragma once

namespace Crm {
class Registry;
namespace Sales {
// Quotations and Sales orders lists, printable from the list.
void setupDocumentPages(Registry &registry);
} // namespace Sales
} // namespace Crm
