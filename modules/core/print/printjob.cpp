#include "printjob.h"

#include "model/settings.h"
#include "print/printdocument.h"
#include "print/printtemplate.h"

namespace Crm {

QStringList PrintJob::copyMarksFor(const QStringList &configured, int copies)
{
    QStringList marks = configured;
    while (marks.size() < copies)
        marks << tr("Copy %1 of %2").arg(marks.size() + 1).arg(copies);
    marks.resize(copies);
    return marks;
}

PrintJob PrintJob::prepare(const Database &db, const PrintDocumentSpec &document, const QString &number,
                           const PrintOverrides &overrides)
{
    const PrintSettings settings(db, document);
    const Paper paper = overrides.paper.value_or(settings.paper());
    PrintJob job;
    job.options.pageSize = PrintSettings::pageSize(paper);
    job.options.marginsMm = PrintSettings::marginsMm(paper);
    // Every page names the company and the document, so a page that comes loose
    // from a multipart form still says what it belongs to.
    job.options.title = Settings(db).companyName();
    if (!number.isEmpty())
        job.options.title =
            tr("%1 — %2 %3").arg(job.options.title, document.title ? document.title() : QString(), number);
    job.options.copyMarks = overrides.copyMarks.value_or(settings.copyMarks());
    if (overrides.copies > 0)
        job.options.copyMarks = copyMarksFor(job.options.copyMarks, overrides.copies);
    const QString text =
        overrides.templateText ? *overrides.templateText : TemplateStore::load(document.module, document.document);
    const QVariantMap context = number.isEmpty() ? QVariantMap() : document.provider(db, number);
    job.html = PrintTemplate::render(text, context);
    return job;
}

} // namespace Crm
