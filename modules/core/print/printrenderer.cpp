#include "printrenderer.h"

#include "db/error.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace Crm {

namespace {
qreal mmToPx(qreal mm, int dpi)
{
    return mm / 25.4 * dpi;
}
} // namespace

int PrintRenderer::paint(const QString &html, QPagedPaintDevice &device, const PrintOptions &o)
{
    device.setPageSize(o.pageSize);
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const int dpi = device.logicalDpiY();
    const QRectF page(0, 0, device.width(), device.height());
    QFont font;
    font.setPointSizeF(o.fontPoints);
    QFont small = font;
    small.setPointSizeF(o.fontPoints * 0.85);
    const qreal band = QFontMetricsF(small, &device).height() * 1.8;
    const QRectF content = page.adjusted(mmToPx(o.marginsMm.left(), dpi), mmToPx(o.marginsMm.top(), dpi),
                                         -mmToPx(o.marginsMm.right(), dpi), -mmToPx(o.marginsMm.bottom(), dpi));
    const QRectF body = content.adjusted(0, band, 0, -band);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.setPageSize(body.size());
    const int pages = std::max(1, doc.pageCount());
    const QStringList marks = o.copyMarks.isEmpty() ? QStringList{QString()} : o.copyMarks;

    QPainter painter(&device);
    bool first = true;
    for (const QString &mark : marks) {
        for (int p = 0; p < pages; ++p) {
            if (!first)
                device.newPage();
            first = false;
            painter.setFont(small);
            painter.setPen(Qt::black);
            const QRectF header(content.left(), content.top(), content.width(), band);
            painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, o.title);
            if (!mark.isEmpty()) {
                QFont bold = small;
                bold.setBold(true);
                painter.setFont(bold);
                painter.drawText(header, Qt::AlignRight | Qt::AlignTop, mark);
                painter.setFont(small);
            }
            const QRectF footer(content.left(), content.bottom() - band, content.width(), band);
            painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, tr("Page %1 of %2").arg(p + 1).arg(pages));

            painter.save();
            painter.translate(body.left(), body.top() - p * body.height());
            doc.drawContents(&painter, QRectF(0, p * body.height(), body.width(), body.height()));
            painter.restore();
        }
    }
    painter.end();
    return pages;
}

int PrintRenderer::toPdf(const QString &html, const QString &path, const PrintOptions &o)
{
    // Written beside the target and renamed into place when complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write %1: %2").arg(path, file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("CRM Suite"));
        writer.setTitle(o.title);
        pages = paint(html, writer, o);
    }
    if (!file.commit())
        throw Error(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return pages;
}

} // namespace Crm
