#include "pdftext.h"
#include "testdb.h"

#include "print/printrenderer.h"
#include "print/printtemplate.h"

#include <QFile>
#include <QSizeF>
#include <QTemporaryDir>

using namespace Crm;
using namespace Crm::Test;

namespace {
const QString kTemplate = QStringLiteral(
    "<h2>{{title}}</h2>\n"
    "<p>{{customer}}</p>\n"
    "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\">\n"
    "<thead><tr><th>No.</th><th>产品 Producto</th><th>Cantidad</th></tr></thead>\n"
    "<tbody>{{#lines}}<tr><td>{{no}}</td><td>{{name}}</td><td align=\"right\">{{qty}}</td></tr>{{/lines}}</tbody>\n"
    "</table>\n"
    "{{#paid}}<p>PAID</p>{{/paid}}<p>Total: {{total}}</p>\n");

QVariantMap context(int lines)
{
    QVariantList rows;
    for (int i = 1; i <= lines; ++i)
        rows << QVariantMap{{QStringLiteral("no"), i},
                            {QStringLiteral("name"), i % 2 ? QStringLiteral("不锈钢螺栓 M8×30 #%1").arg(i)
                                                           : QStringLiteral("Válvula de bola Ñ-%1").arg(i)},
                            {QStringLiteral("qty"), QStringLiteral("%1.5").arg(i)}};
    return {{QStringLiteral("title"), QStringLiteral("报价单 Presupuesto QT-A-000123")},
            {QStringLiteral("customer"), QStringLiteral("上海华为技术有限公司 <Shanghai> & Co.")},
            {QStringLiteral("lines"), rows},
            {QStringLiteral("paid"), false},
            {QStringLiteral("total"), QStringLiteral("12,345.67")}};
}
} // namespace

TEST_CASE("Templates escape HTML and report errors by line", "[core][print]")
{
    const QString html = PrintTemplate::render(kTemplate, context(2));
    CHECK(html.contains(QStringLiteral("上海华为技术有限公司 &lt;Shanghai&gt; &amp; Co.")));
    CHECK(html.contains(QStringLiteral("Válvula de bola Ñ-2")));
    CHECK_FALSE(html.contains(QStringLiteral("PAID")));
    CHECK(PrintTemplate::render(QStringLiteral("{{{raw}}}"), {{QStringLiteral("raw"), QStringLiteral("<b>x</b>")}}) ==
          QStringLiteral("<b>x</b>"));
    try {
        PrintTemplate::render(QStringLiteral("<p>one</p>\n<p>two</p>\n{{#lines}}<p>never closed</p>\n"), {});
        FAIL("an unclosed section must be refused");
    } catch (const TemplateError &e) {
        CHECK(e.line() == 3);
        CHECK(e.message().contains(QStringLiteral("line 3")));
        CHECK(e.message().contains(QStringLiteral("lines")));
    }
}

TEST_CASE("A long document prints on several pages with repeated headers and copy marks", "[core][print]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("quote.pdf"));
    PrintOptions options;
    options.title = QStringLiteral("示例贸易有限公司 Demo Trading");
    options.copyMarks = {QStringLiteral("Customer copy"), QStringLiteral("Accounting copy")};
    const int pages = PrintRenderer::toPdf({PrintTemplate::render(kTemplate, context(200))}, pdf, options);
    REQUIRE(pages > 2);
    // To look at: $CRM_SCREENSHOT_DIR/print-sample.pdf.
    if (const QString keep = qEnvironmentVariable("CRM_SCREENSHOT_DIR"); !keep.isEmpty())
        QFile::copy(pdf, keep + QStringLiteral("/print-sample.pdf"));
    const QStringList text = pdfPages(pdf);
    REQUIRE(text.size() == 2 * pages);
    for (int i = 0; i < text.size(); ++i) {
        INFO("page " << i + 1);
        const QString &t = text.at(i);
        CHECK(t.contains(QStringLiteral("Page %1 of %2").arg(i % pages + 1).arg(pages)));
        CHECK(t.contains(i < pages ? QStringLiteral("Customer copy") : QStringLiteral("Accounting copy")));
        CHECK(t.contains(QStringLiteral("Demo Trading")));
        // The table header repeats on every page.
        CHECK(t.contains(QStringLiteral("产品 Producto")));
        CHECK(t.contains(QStringLiteral("Cantidad")));
    }
    const QString all = text.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("不锈钢螺栓 M8×30 #1")));
    CHECK(all.contains(QStringLiteral("Válvula de bola Ñ-200")));
    CHECK(all.count(QStringLiteral("Total: 12,345.67")) == 2);
    CHECK(sameSize(pdfPageSizeMm(pdf), QSizeF(210, 297)));
}

TEST_CASE("Page sizes follow the options, including continuous forms", "[core][print]")
{
    QTemporaryDir dir;
    const QString letter = dir.filePath(QStringLiteral("letter.pdf"));
    PrintOptions options;
    options.pageSize = QPageSize(QPageSize::Letter);
    PrintRenderer::toPdf({PrintTemplate::render(kTemplate, context(3))}, letter, options);
    CHECK(sameSize(pdfPageSizeMm(letter), QSizeF(215.9, 279.4)));
    // One third of a 241 mm continuous form.
    const QString form = dir.filePath(QStringLiteral("form.pdf"));
    options.pageSize = QPageSize(QSizeF(241, 93), QPageSize::Millimeter);
    options.marginsMm = QMarginsF(8, 6, 8, 6);
    const int pages = PrintRenderer::toPdf({PrintTemplate::render(kTemplate, context(12))}, form, options);
    CHECK(pages > 1);
    CHECK(sameSize(pdfPageSizeMm(form), QSizeF(241, 93)));
}

TEST_CASE("A PDF that cannot be written is reported and nothing is left behind", "[core][print]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/out.pdf"));
    CHECK_THROWS_AS(PrintRenderer::toPdf({QStringLiteral("<p>x</p>")}, path, {}), Error);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("Empty values hide their sections and print nothing", "[core][print]")
{
    const QString t = QStringLiteral("[{{#phone}}Tel: {{phone}}{{/phone}}|{{phone}}|{{^phone}}none{{/phone}}]");
    CHECK(PrintTemplate::render(t, {{QStringLiteral("phone"), QString()}}) == QStringLiteral("[||none]"));
    CHECK(PrintTemplate::render(t, {{QStringLiteral("phone"), QStringLiteral("123")}}) ==
          QStringLiteral("[Tel: 123|123|]"));
}
