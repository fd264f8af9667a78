#include "pdftext.h"
#include "shell.h"
#include "userdata.h"

#include "model/settings.h"
#include "print/printjob.h"
#include "printtemplatesdialog.h"
#include "settingsdialog.h"
#include "ui/fielderror.h"
#include "ui/templateeditor.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPushButton>

using namespace Crm;
using namespace Crm::Test;

namespace {
QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Gives `w` the keyboard focus as a click would (after a message box closed, its
// window gets activated again first).
void focus(QWidget *w)
{
    w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w->window()));
    w->setFocus();
    REQUIRE(waitFor([w] { return w->hasFocus(); }));
}

void typeKeys(int times, Qt::Key key)
{
    for (int i = 0; i < times; ++i)
        press(key);
}
} // namespace

TEST_CASE("Settings → Print templates: a live preview, errors by line, save and restore", "[app][print]")
{
    // The user's copies of templates go to a temporary folder, never a real user's.
    const TemporaryUserData userData;
    Shell shell(20);
    const PrintDocumentSpec *quotation = shell.ctx.registry().printDocument(QStringLiteral("sales.quotation"));
    REQUIRE(quotation);
    REQUIRE(quotation->sampleNumber);
    const QString number = quotation->sampleNumber(shell.db());
    REQUIRE_FALSE(number.isEmpty());
    const QString userFile = TemplateStore::userPath(QStringLiteral("sales"), QStringLiteral("quotation"));
    REQUIRE(userFile.startsWith(userData.path()));
    REQUIRE_FALSE(QFile::exists(userFile));
    const QString installed =
        readFile(TemplateStore::installedPath(QStringLiteral("sales"), QStringLiteral("quotation")));
    REQUIRE_FALSE(installed.isEmpty());
    const QString marker = QStringLiteral("ZQX-标记-42");

    UserRepository users(shell.db(), QStringLiteral("admin"));
    const Session session = users.sessionFor(*users.findByLogin(QStringLiteral("admin")));
    SettingsDialog settings(shell.db(), session, shell.ctx.registry(), shell.window.get());
    settings.show();
    REQUIRE(QTest::qWaitForWindowExposed(&settings));
    auto *open = settings.findChild<QPushButton *>(QStringLiteral("printTemplates"));
    REQUIRE(open);
    screenshot(&settings, QStringLiteral("settings-dialog-printing"));

    bool driven = false;
    onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<PrintTemplatesDialog *>(modal);
        REQUIRE(dialog);
        // Shortcuts (Ctrl+S) work in the active window.
        REQUIRE(QTest::qWaitForWindowActive(dialog));
        REQUIRE(dialog->selectDocument(QStringLiteral("sales.quotation")));
        TemplateEditor *editor = dialog->editor();
        REQUIRE(waitFor([&] { return editor->renderCount() > 0 && editor->preview()->pageCount() > 0; }));
        CHECK_FALSE(editor->errorLabel()->isVisible());
        CHECK(editor->templateEdit()->toPlainText() == installed);
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("previewSample"))->text().contains(number));

        // A broken tag at the end: the line and the reason, the last good preview stays.
        QPlainTextEdit *text = editor->templateEdit();
        focus(text);
        press(Qt::Key_End, Qt::ControlModifier);
        const int line = text->textCursor().blockNumber() + 1;
        const int goodRenders = editor->renderCount();
        type(QStringLiteral("{{#broken}}"));
        REQUIRE(waitFor([&] { return editor->errorLabel()->isVisible(); }));
        CHECK(editor->errorLabel()->text().startsWith(QStringLiteral("Line %1:").arg(line)));
        CHECK(editor->errorLabel()->text().contains(QStringLiteral("broken")));
        CHECK(editor->renderCount() == goodRenders);
        CHECK(editor->preview()->pageCount() > 0);
        screenshot(dialog, QStringLiteral("print-templates-error"));

        // Saving a template that does not render is refused.
        QString refusal;
        onNextModal([&](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                refusal = box->text();
                box->accept();
            }
        });
        press(Qt::Key_S, Qt::ControlModifier);
        CHECK(refusal.contains(QStringLiteral("Line %1").arg(line)));
        CHECK_FALSE(QFile::exists(userFile));

        // Fixed, with a marker: the preview follows.
        focus(text);
        typeKeys(11, Qt::Key_Backspace);
        type(QStringLiteral("<p>") + marker + QStringLiteral("</p>"));
        REQUIRE(waitFor([&] { return editor->renderCount() > goodRenders; }));
        CHECK_FALSE(editor->errorLabel()->isVisible());
        CHECK(editor->preview()->pageCount() > 0);

        // A third of a continuous form, and our own copy marks.
        auto *paper = dialog->findChild<QComboBox *>(QStringLiteral("paper"));
        focus(paper);
        press(Qt::Key_End);
        CHECK(paper->currentData().toString() == QStringLiteral("241x93"));
        auto *marks = dialog->findChild<QPlainTextEdit *>(QStringLiteral("copyMarks"));
        focus(marks);
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("Original"));
        press(Qt::Key_Return);
        type(QStringLiteral("Duplicado 副本"));
        const int before = editor->renderCount();
        REQUIRE(waitFor([&] { return editor->renderCount() > before; }));
        CHECK(editor->isModified());
        CHECK(
            dialog->findChild<QLabel *>(QStringLiteral("templateSource"))->text().contains(QStringLiteral("unsaved")));
        screenshot(dialog, QStringLiteral("print-templates-editor"));

        focus(text);
        press(Qt::Key_S, Qt::ControlModifier);
        CHECK_FALSE(editor->isModified());
        CHECK(readFile(userFile).contains(marker));
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("templateSource"))
                  ->text()
                  .contains(QStringLiteral("quotation.html")));
        CHECK(Settings(shell.db()).value(QStringLiteral("print.sales.quotation.paper")) == QStringLiteral("241x93"));

        // What the print commands and crmsuite-cli print now produce.
        const QString pdf = shell.dir.filePath(QStringLiteral("edited.pdf"));
        const PrintJob job = PrintJob::prepare(shell.db(), *quotation, number);
        CHECK(job.html.contains(marker));
        const int pages = job.toPdf(pdf);
        CHECK(sameSize(pdfPageSizeMm(pdf), QSizeF(241, 93)));
        const QStringList printed = pdfPages(pdf);
        REQUIRE(printed.size() == 2 * pages);
        CHECK(printed.first().contains(QStringLiteral("Original")));
        CHECK(printed.last().contains(QStringLiteral("Duplicado 副本")));
        CHECK(printed.join(QLatin1Char('\f')).contains(marker));

        // Restore installed: asked, then the user's copy is gone.
        onNextModal([](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreInstalled")), Qt::LeftButton);
        CHECK_FALSE(QFile::exists(userFile));
        CHECK(editor->templateEdit()->toPlainText() == installed);
        CHECK_FALSE(PrintJob::prepare(shell.db(), *quotation, number).html.contains(marker));
        CHECK_FALSE(editor->isModified());

        // The quotation always shows prices: no per-copy switch. The shipping
        // order has one: "3" prices the accounting copy; "5" is refused by name.
        auto *priced = dialog->findChild<QLineEdit *>(QStringLiteral("pricedCopies"));
        REQUIRE(priced);
        CHECK_FALSE(priced->isVisible());
        REQUIRE(dialog->selectDocument(QStringLiteral("sales.shipping_order")));
        CHECK(priced->isVisible());
        focus(priced);
        type(QStringLiteral("5"));
        QString refused;
        onNextModal([&](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                refused = box->text();
                box->accept();
            }
        });
        press(Qt::Key_S, Qt::ControlModifier);
        CHECK(refused.contains(QStringLiteral("\"5\" is not a copy number from 1 to 3")));
        CHECK_FALSE(Settings(shell.db()).contains(QStringLiteral("print.sales.shipping_order.priced_copies")));
        focus(priced);
        press(Qt::Key_Backspace);
        type(QStringLiteral("3"));
        press(Qt::Key_S, Qt::ControlModifier);
        CHECK(Settings(shell.db()).value(QStringLiteral("print.sales.shipping_order.priced_copies")) ==
              QStringLiteral("3"));
        screenshot(dialog, QStringLiteral("print-templates-priced-copies"));
        dialog->reject();
        driven = true;
    });
    QTest::mouseClick(open, Qt::LeftButton);
    REQUIRE(driven);
    settings.reject();
}
