#pragma once

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageSize>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace Crm {

struct PrintOptions
{
    QPageSize pageSize{QPageSize::A4};
    QMarginsF marginsMm{15, 12, 15, 12};
    QString title;         // top left of every page
    QStringList copyMarks; // one entry per copy, shown top right ("Customer copy"); empty: one copy
    qreal fontPoints = 9.5;
};

// The print engine's last step: paginated HTML (from a PrintTemplate) painted on
// a PDF writer or a printer, each copy in turn, with the title and copy mark at
// the top and "Page X of Y" at the bottom of every page. Table headers (<thead>)
// repeat on every page. `copies` holds one HTML for every copy, or one per copy
// mark when copies differ (prices on the accounting copy only).
class PrintRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Crm::PrintRenderer)
public:
    // Returns the number of pages of one copy. Throws Crm::Error when the file
    // cannot be written; no partial file is left behind.
    static int toPdf(const QStringList &copies, const QString &path, const PrintOptions &options);
    static int paint(const QStringList &copies, QPagedPaintDevice &device, const PrintOptions &options);
};

} // namespace Crm
