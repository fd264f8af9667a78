#pragma once

#include "print/printrenderer.h"
#include "print/printsettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

class QPagedPaintDevice;

namespace Crm {

class Database;
struct PrintDocumentSpec;

// What a print may change from the stored settings and template.
struct PrintOverrides
{
    // > 0: exactly this many copies; copies beyond the configured marks read
    // "Copy N of M".
    int copies = 0;
    // Unsaved edits of the template editor.
    std::optional<QString> templateText;
    std::optional<Paper> paper;
    std::optional<QStringList> copyMarks;
    std::optional<QList<int>> pricedCopies;
};

// A document ready to print: the rendered HTML and how to lay it out. The one
// place that turns a document number into a print — used by the print preview,
// Save as PDF, `crmsuite-cli print` and the template editor.
struct PrintJob
{
    Q_DECLARE_TR_FUNCTIONS(Crm::PrintJob)
public:
    QString html;         // the first copy's
    QStringList copyHtml; // one per copy mark when copies differ, else empty
    PrintOptions options;

    // Renders `number` of `document` with its template (the user's copy, else
    // the installed one) and its print settings (paper, copy marks, the copies
    // that show prices: the template sees copy.prices). An empty
    // number renders the template without data (nothing to preview yet).
    // Throws TemplateError for a template that does not render, Crm::Error for
    // a missing document or template.
    static PrintJob prepare(const Database &db, const PrintDocumentSpec &document, const QString &number,
                            const PrintOverrides &overrides = {});

    // Pages of one copy; see PrintRenderer.
    int toPdf(const QString &path) const { return PrintRenderer::toPdf(copies(), path, options); }
    int paint(QPagedPaintDevice &device) const { return PrintRenderer::paint(copies(), device, options); }
    QStringList copies() const { return copyHtml.isEmpty() ? QStringList{html} : copyHtml; }

    // Marks for exactly `copies` copies: the configured ones first, then "Copy N of M".
    static QStringList copyMarksFor(const QStringList &configured, int copies);
};

} // namespace Crm
