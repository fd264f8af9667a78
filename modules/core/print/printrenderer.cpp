#include "printrenderer.h"

#include "db/filesync.h"
#include "db/error.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>
#include <vector>

namespace Crm {

namespace {
qreal mmToPx(qreal mm, int dpi)
{
    return mm / 25.4 * dpi;
}
} // namespace

int PrintRenderer::paint(const QStringList &copies, QPagedPaintDevice &device, const PrintOptions &o)
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

    // One laid-out document per distinct HTML.
    std::vector<std::unique_ptr<QTextDocument>> docs;
    for (const QString &html : copies) {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(&device);
        doc->setDefaultFont(font);
        doc->setDocumentMargin(0);
        doc->setHtml(html);
        doc->setPageSize(body.size());
        docs.push_back(std::move(doc));
    }
    if (docs.empty())
        throw Error(tr("There is nothing to print."));
    const QStringList marks = o.copyMarks.isEmpty() ? QStringList{QString()} : o.copyMarks;
    const int firstPages = std::max(1, docs.front()->pageCount());

    QPainter painter(&device);
    bool first = true;
    for (qsizetype c = 0; c < marks.size(); ++c) {
        const QString &mark = marks.at(c);
        QTextDocument &doc = *docs.at(std::min<size_t>(c, docs.size() - 1));
        const int pages = std::max(1, doc.pageCount());
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
    return firstPages;
}

int PrintRenderer::toPdf(const QStringList &copies, const QString &path, const PrintOptions &o)
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
        pages = paint(copies, writer, o);
    }
    if (const QString reason = FileSync::commit(file); !reason.isEmpty())
        throw Error(tr("Cannot write %1: %2").arg(path, reason));
    return pages;
}

} // namespace Crm
