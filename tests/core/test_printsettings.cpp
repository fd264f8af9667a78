#include "pdftext.h"
#include "testdb.h"
#include "userdata.h"

#include "model/settings.h"
#include "print/printdocument.h"
#include "print/printjob.h"
#include "print/printsettings.h"
#include "print/printtemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Crm;
using namespace Crm::Test;

namespace {
// A document of a test module: its context names the number, its template lives
// only in the user's data folder (there is no installed one).
PrintDocumentSpec noteDocument(int *provided = nullptr)
{
    return {QStringLiteral("test.note"),
            QStringLiteral("test"),
            QStringLiteral("note"),
            [] { return QStringLiteral("Delivery note"); },
            [provided](const Database &, const QString &number) {
                if (provided)
                    ++*provided;
                QVariantList lines;
                for (int i = 1; i <= 4; ++i)
                    lines << QVariantMap{{QStringLiteral("no"), i},
                                         {QStringLiteral("name"), QStringLiteral("螺栓 %1").arg(i)}};
                return QVariantMap{{QStringLiteral("number"), number}, {QStringLiteral("lines"), lines}};
            },
            [] {
                return QStringList{QStringLiteral("Customer copy"), QStringLiteral("Accounting copy")};
            },
            [](const Database &) { return QStringLiteral("DN-1"); }};
}

void writeUserTemplate(const QString &text)
{
    const QString path = TemplateStore::userPath(QStringLiteral("test"), QStringLiteral("note"));
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

const QString kNote = QStringLiteral("<h2>Note {{number}}</h2>\n"
                                     "<table>{{#lines}}<tr><td>{{no}}</td><td>{{name}}</td></tr>{{/lines}}</table>\n");
} // namespace

TEST_CASE("Print settings per document: paper and copy marks, defaults from the document", "[core][print]")
{
    TestDatabase db;
    const PrintDocumentSpec note = noteDocument();
    const PrintSettings settings(db, note);
    CHECK(settings.paper() == Paper::A4);
    CHECK(settings.copyMarks() == QStringList{QStringLiteral("Customer copy"), QStringLiteral("Accounting copy")});

    settings.setPaper(Paper::Continuous241x93);
    CHECK(Settings(db).value(QStringLiteral("print.test.note.paper")) == QStringLiteral("241x93"));
    CHECK(PrintSettings(db, note).paper() == Paper::Continuous241x93);

    // One mark a line; blank lines and spaces around do not count.
    settings.setCopyMarks(PrintSettings::marksFromText(QStringLiteral(" Original\n\n  \nDuplicado 副本 \n")));
    CHECK(Settings(db).value(QStringLiteral("print.test.note.marks")) == QStringLiteral("Original\nDuplicado 副本"));
    CHECK(settings.copyMarks() == QStringList{QStringLiteral("Original"), QStringLiteral("Duplicado 副本")});

    // No mark at all: one copy without a mark, which is not the default.
    settings.setCopyMarks({});
    CHECK(settings.copyMarks().isEmpty());
    CHECK(Settings(db).contains(QStringLiteral("print.test.note.marks")));

    // The defaults are not stored, so they keep following the language.
    settings.setCopyMarks(settings.defaultCopyMarks());
    CHECK_FALSE(Settings(db).contains(QStringLiteral("print.test.note.marks")));
    CHECK(settings.copyMarks() == settings.defaultCopyMarks());

    // An unknown stored paper falls back to A4.
    Settings(db).setValue(QStringLiteral("print.test.note.paper"), QStringLiteral("B5"));
    CHECK(settings.paper() == Paper::A4);
}

TEST_CASE("A document prints on the paper and with the copy marks of its settings", "[core][print]")
{
    TestDatabase db;
    const TemporaryUserData userData;
    Settings(db).setValue(QStringLiteral("company.name"), QStringLiteral("示例贸易 Demo Trading"));
    const PrintDocumentSpec note = noteDocument();
    const PrintSettings settings(db, note);
    writeUserTemplate(kNote);
    QTemporaryDir dir;

    SECTION("a third of a continuous form, three marked copies")
    {
        settings.setPaper(Paper::Continuous241x93);
        settings.setCopyMarks(
            {QStringLiteral("Customer copy"), QStringLiteral("Warehouse copy"), QStringLiteral("Accounting copy")});
        const PrintJob job = PrintJob::prepare(db, note, QStringLiteral("DN-7"));
        CHECK(job.options.title == QStringLiteral("示例贸易 Demo Trading — Delivery note DN-7"));
        const QString pdf = dir.filePath(QStringLiteral("third.pdf"));
        const int pages = job.toPdf(pdf);
        CHECK(sameSize(pdfPageSizeMm(pdf), QSizeF(241, 93)));
        const QStringList text = pdfPages(pdf);
        REQUIRE(text.size() == 3 * pages);
        const QStringList marks{QStringLiteral("Customer copy"), QStringLiteral("Warehouse copy"),
                                QStringLiteral("Accounting copy")};
        for (int i = 0; i < text.size(); ++i) {
            INFO("page " << i + 1);
            CHECK(text.at(i).contains(marks.at(i / pages)));
            for (int other = 0; other < marks.size(); ++other)
                if (other != i / pages)
                    CHECK_FALSE(text.at(i).contains(marks.at(other)));
        }
        CHECK(text.join(QLatin1Char('\f')).contains(QStringLiteral("Note DN-7")));
        CHECK(text.join(QLatin1Char('\f')).contains(QStringLiteral("螺栓 4")));
    }
    SECTION("half a continuous form and Letter")
    {
        settings.setPaper(Paper::Continuous241x140);
        const QString half = dir.filePath(QStringLiteral("half.pdf"));
        PrintJob::prepare(db, note, QStringLiteral("DN-7")).toPdf(half);
        CHECK(sameSize(pdfPageSizeMm(half), QSizeF(241, 140)));
        settings.setPaper(Paper::Letter);
        const QString letter = dir.filePath(QStringLiteral("letter.pdf"));
        PrintJob::prepare(db, note, QStringLiteral("DN-7")).toPdf(letter);
        CHECK(sameSize(pdfPageSizeMm(letter), QSizeF(215.9, 279.4)));
    }
    SECTION("no marks: one copy without a mark")
    {
        settings.setCopyMarks({});
        const QString pdf = dir.filePath(QStringLiteral("one.pdf"));
        const int pages = PrintJob::prepare(db, note, QStringLiteral("DN-7")).toPdf(pdf);
        const QStringList text = pdfPages(pdf);
        CHECK(text.size() == pages);
        CHECK_FALSE(text.join(QLatin1Char('\f')).contains(QStringLiteral("copy")));
        CHECK(sameSize(pdfPageSizeMm(pdf), QSizeF(210, 297)));
    }
    SECTION("a number of copies: the configured marks, then numbered copies")
    {
        PrintOverrides four;
        four.copies = 4;
        CHECK(PrintJob::prepare(db, note, QStringLiteral("DN-7"), four).options.copyMarks ==
              QStringList{QStringLiteral("Customer copy"), QStringLiteral("Accounting copy"),
                          QStringLiteral("Copy 3 of 4"), QStringLiteral("Copy 4 of 4")});
        PrintOverrides one;
        one.copies = 1;
        CHECK(PrintJob::prepare(db, note, QStringLiteral("DN-7"), one).options.copyMarks ==
              QStringList{QStringLiteral("Customer copy")});
    }
}

TEST_CASE("The user's template and the editor's text are what prints; errors name the line", "[core][print]")
{
    TestDatabase db;
    const TemporaryUserData userData;
    int provided = 0;
    const PrintDocumentSpec note = noteDocument(&provided);
    // Neither a user's copy nor an installed template: a clear error.
    CHECK_THROWS_AS(PrintJob::prepare(db, note, QStringLiteral("DN-1")), Error);
    writeUserTemplate(kNote);
    CHECK(PrintJob::prepare(db, note, QStringLiteral("DN-1")).html.contains(QStringLiteral("Note DN-1")));

    PrintOverrides edited;
    edited.templateText = QStringLiteral("<p>Edited {{number}}</p>");
    CHECK(PrintJob::prepare(db, note, QStringLiteral("DN-2"), edited).html.contains(QStringLiteral("Edited DN-2")));

    edited.templateText = QStringLiteral("<p>one</p>\n<p>two</p>\n{{#lines}}<p>{{name}}</p>\n");
    try {
        PrintJob::prepare(db, note, QStringLiteral("DN-2"), edited);
        FAIL("a template that does not render must not print");
    } catch (const TemplateError &e) {
        CHECK(e.line() == 3);
        CHECK(e.reason().contains(QStringLiteral("lines")));
        CHECK_FALSE(e.reason().contains(QStringLiteral("line 3")));
    }

    // No document yet: the template renders without data, the provider is not asked.
    provided = 0;
    edited.templateText = kNote;
    CHECK(PrintJob::prepare(db, note, QString(), edited).html.contains(QStringLiteral("Note ")));
    CHECK(provided == 0);
}
