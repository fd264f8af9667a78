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
    QVariantMap context = number.isEmpty() ? QVariantMap() : document.provider(db, number);
    // paper.compact: a form a third of a sheet high, where a template spends no
    // line it can save (e.g. on room to sign).
    context.insert(QStringLiteral("paper"), QVariantMap{{QStringLiteral("compact"), paper == Paper::Continuous241x93}});
    auto render = [&](bool prices) {
        context.insert(QStringLiteral("copy"), QVariantMap{{QStringLiteral("prices"), prices}});
        return PrintTemplate::render(text, context);
    };
    const QList<int> priced =
        document.pricesPerCopy ? overrides.pricedCopies.value_or(settings.pricedCopies()) : QList<int>();
    const qsizetype copies = std::max<qsizetype>(1, job.options.copyMarks.size());
    const bool anyPriced = std::any_of(priced.begin(), priced.end(), [&](int n) { return n >= 1 && n <= copies; });
    job.html = render(priced.contains(1));
    if (anyPriced) {
        const QString pricedHtml = render(true);
        const QString plainHtml = priced.contains(1) ? render(false) : job.html;
        for (int n = 1; n <= copies; ++n)
            job.copyHtml << (priced.contains(n) ? pricedHtml : plainHtml);
    }
    return job;
}

} // namespace Crm
