// Import… on the Customers page, driven by keys: a CSV with some bad rows, the
// mapping guessed from its titles, a dry run that lists exactly the bad rows and
// writes nothing, then Import writes the good ones; the page shows them.

#include "importfiles.h"
#include "shell.h"

#include "import/importmapping.h"
#include "model/pagedlistmodel.h"
#include "model/partyrepository.h"
#include "ui/importcheckpage.h"
#include "ui/importmappingpage.h"
#include "ui/importreportview.h"
#include "ui/importresultpage.h"
#include "ui/importwizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>

using namespace Crm;
using namespace Crm::Test;

namespace {
qint64 customers(const Database &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM core_party WHERE is_customer = 1")).toLongLong();
}

// The wizard `modal` is, with `path` typed on its first page and Next pressed:
// on its mapping page.
ImportWizard *openOnMappingPage(QWidget *modal, const QString &path)
{
    auto *wizard = qobject_cast<ImportWizard *>(modal);
    REQUIRE(wizard);
    REQUIRE(QTest::qWaitForWindowActive(wizard));
    auto *pathEdit = wizard->findChild<QLineEdit *>(QStringLiteral("path"));
    REQUIRE(waitFor([&] { return QApplication::focusWidget() == pathEdit; }));
    type(QDir::toNativeSeparators(path));
    press(Qt::Key_N, Qt::AltModifier);
    REQUIRE(waitFor([&] { return wizard->currentId() == ImportWizard::MappingPage; }));
    return wizard;
}
} // namespace

TEST_CASE("Customers page: Import… a CSV with bad rows lists exactly them, then imports the good ones", "[app][import]")
{
    Shell shell(40);
    ListPage *page = shell.customers();
    const QString path =
        writeFile(shell.dir.filePath(QStringLiteral("new customers.csv")),
                  utf8Bom(QStringLiteral("Name;E-mail;Teléfono;Status;Contact\r\n"
                                         "Importe Uno S.L.;uno@import.example;+34 600 111 222;"
                                         "Active;Ana Ruiz\r\n"
                                         "Import Two Ltd.;bad-mail;;;Bob\r\n"
                                         ";nobody@import.example;;;\r\n"
                                         "导入三号有限公司;san@import.example;021-5555;Sleeping;王五\r\n"
                                         "Import Four Inc.;four@import.example;;Prospect;\r\n")));
    const qint64 before = customers(shell.db());
    const QString reportPath = shell.dir.filePath(QStringLiteral("report.csv"));

    bool done = false;
    QStringList mapped;
    QStringList checked;
    QString checkedSummary;
    qint64 duringDryRun = -1;
    QString resultSummary;
    onNextModal([&](QWidget *modal) {
        ImportWizard *wizard = openOnMappingPage(modal, path);
        auto *mapping = static_cast<ImportMappingPage *>(wizard->page(ImportWizard::MappingPage));
        for (int c = 0; c < 5; ++c)
            mapped << mapping->fieldBox(c)->currentData().toString();
        screenshot(wizard, QStringLiteral("import-mapping"));
        press(Qt::Key_N, Qt::AltModifier);
        REQUIRE(waitFor([&] { return wizard->currentId() == ImportWizard::CheckPage && !wizard->isBusy(); }));
        auto *check = static_cast<ImportCheckPage *>(wizard->page(ImportWizard::CheckPage));
        checked = check->reportView()->shownLines();
        checkedSummary = check->findChild<QLabel *>(QStringLiteral("summary"))->text();
        duringDryRun = customers(shell.db());
        check->reportView()->exportTo(reportPath);
        screenshot(wizard, QStringLiteral("import-check"));
        press(Qt::Key_I, Qt::AltModifier); // Import
        REQUIRE(waitFor([&] { return wizard->currentId() == ImportWizard::ResultPage && !wizard->isBusy(); }));
        resultSummary = wizard->page(ImportWizard::ResultPage)->findChild<QLabel *>(QStringLiteral("summary"))->text();
        wizard->button(QWizard::FinishButton)->click();
        done = true;
    });
    page->view()->setFocus();
    press(Qt::Key_I, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return done && !QApplication::activeModalWidget(); }));

    CHECK(mapped == QStringList{QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"),
                                QStringLiteral("status"), QStringLiteral("contact_name")});
    CHECK(checked ==
          QStringList{
              QStringLiteral("3|E-mail|Error|\"bad-mail\" is not a valid e-mail address."),
              QStringLiteral("4|Name|Error|A value is required."),
              QStringLiteral("5|Status|Error|Unknown status \"Sleeping\": use one of Prospect, Active, Dormant, Lost."),
          });
    CHECK(checkedSummary.startsWith(QStringLiteral(
        "Dry run, nothing was changed: 2 to create, 0 to update, 0 skipped as duplicates, 3 with errors.")));
    CHECK(duringDryRun == before);
    CHECK(resultSummary.startsWith(QStringLiteral("Imported: 2 created")));

    CHECK(customers(shell.db()) == before + 2);
    const PartyRepository repo(shell.db(), QStringLiteral("admin"));
    const auto uno = repo.findByCode(
        shell.db().scalar(QStringLiteral("SELECT code FROM core_party WHERE name = 'Importe Uno S.L.'")).toString());
    REQUIRE(uno);
    CHECK(uno->phone == QStringLiteral("+34 600 111 222"));
    CHECK(uno->status == QStringLiteral("customer"));
    CHECK(uno->updatedBy == QStringLiteral("admin"));
    REQUIRE(uno->contacts.size() == 1);
    CHECK(uno->contacts.first().name == QStringLiteral("Ana Ruiz"));
    CHECK(
        shell.db().scalar(QStringLiteral("SELECT status FROM core_party WHERE name = 'Import Four Inc.'")).toString() ==
        QStringLiteral("prospect"));
    CHECK_FALSE(shell.db().scalar(QStringLiteral("SELECT 1 FROM core_party WHERE name = 'Import Two Ltd.'")).isValid());

    // The page was reloaded and finds the new customer as you type.
    page->searchNow(QStringLiteral("Importe Uno"));
    REQUIRE(waitFor([&] { return page->model()->rowCount() == 1; }));

    // The exported report, read as a spreadsheet would.
    QFile report(reportPath);
    REQUIRE(report.open(QIODevice::ReadOnly));
    const QByteArray bytes = report.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBFLine,Column,Outcome,Message\r\n"));
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QStringLiteral("4,Name,Error,A value is required.\r\n")));

    // File → Import offers every registered target.
    auto *menu = shell.window->findChild<QMenu *>(QStringLiteral("importMenu"));
    REQUIRE(menu);
    QStringList targets;
    for (const QAction *a : menu->actions())
        targets << a->text();
    targets.sort();
    CHECK(targets ==
          QStringList{QStringLiteral("Customers…"), QStringLiteral("Products…"), QStringLiteral("Suppliers…")});

    // The same titles come back: the mapping saved under the file's name is picked.
    CHECK(ImportMappings(shell.db(), QStringLiteral("sales.customers")).find(QStringLiteral("new customers")));
}

TEST_CASE("Import wizard: an unreadable file is refused on the first page with the reason", "[app][import]")
{
    Shell shell(10);
    ListPage *page = shell.page(QStringLiteral("inventory.page.products"));
    const QString path =
        writeFile(shell.dir.filePath(QStringLiteral("cut.csv")), QByteArray("Code,Name\nP1,\"never closed\n"));
    const qint64 before = shell.db().scalar(QStringLiteral("SELECT count(*) FROM core_product")).toLongLong();
    QString error;
    bool stayed = false;
    onNextModal([&](QWidget *modal) {
        auto *wizard = qobject_cast<ImportWizard *>(modal);
        REQUIRE(wizard);
        REQUIRE(wizard->windowTitle() == QStringLiteral("Import Products"));
        REQUIRE(QTest::qWaitForWindowActive(wizard));
        auto *pathEdit = wizard->findChild<QLineEdit *>(QStringLiteral("path"));
        REQUIRE(waitFor([&] { return QApplication::focusWidget() == pathEdit; }));
        type(path);
        press(Qt::Key_Return); // the default button: Next
        REQUIRE(waitFor([&] { return !wizard->isBusy(); }));
        stayed = wizard->currentId() == ImportWizard::FilePage;
        error = wizard->page(ImportWizard::FilePage)->findChild<QLabel *>(QStringLiteral("error"))->text();
        wizard->reject();
    });
    page->view()->setFocus();
    press(Qt::Key_I, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return !error.isEmpty() && !QApplication::activeModalWidget(); }));
    CHECK(stayed);
    CHECK(error.contains(QStringLiteral("line 2")));
    CHECK(error.contains(QStringLiteral("never closed")));
    CHECK(shell.db().scalar(QStringLiteral("SELECT count(*) FROM core_product")).toLongLong() == before);
}

TEST_CASE("Import wizard: Cancel while it imports stops it and writes nothing", "[app][import]")
{
    Shell shell(10);
    ListPage *page = shell.customers();
    QByteArray csv = "Name,E-mail,Contact\r\n";
    for (int i = 0; i < 60000; ++i)
        csv += QStringLiteral("Cancelled Customer %1,c%1@cancel.example,Person %1\r\n").arg(i).toUtf8();
    const QString path = writeFile(shell.dir.filePath(QStringLiteral("many.csv")), csv);
    auto state = [&] {
        return shell.db()
            .scalar(QStringLiteral("SELECT (SELECT count(*) FROM core_party) || '/' || "
                                   "(SELECT count(*) FROM core_contact) || '/' || "
                                   "(SELECT count(*) FROM core_party_fts)"))
            .toString();
    };
    const QString before = state();

    bool pressedEsc = false;
    bool cancelEnabledWhileBusy = false;
    bool importEnabledWhileBusy = true;
    QString summary;
    int pageAfter = -1;
    bool cancelEnabledAfter = false;
    onNextModal([&](QWidget *modal) {
        ImportWizard *wizard = openOnMappingPage(modal, path);
        press(Qt::Key_N, Qt::AltModifier);
        REQUIRE(waitFor([&] { return wizard->currentId() == ImportWizard::CheckPage && !wizard->isBusy(); }, 30000));
        // Esc as soon as the import is busy (the timer fires in the wizard's
        // own event loop while it waits for the worker).
        QTimer watch;
        watch.setInterval(5);
        QObject::connect(&watch, &QTimer::timeout, wizard, [&] {
            if (pressedEsc || !wizard->isBusy())
                return;
            cancelEnabledWhileBusy = wizard->button(QWizard::CancelButton)->isEnabled();
            importEnabledWhileBusy = wizard->button(QWizard::CommitButton)->isEnabled();
            pressedEsc = true;
            QTest::keyClick(wizard, Qt::Key_Escape);
            screenshot(wizard, QStringLiteral("import-cancelling"));
        });
        watch.start();
        press(Qt::Key_I, Qt::AltModifier); // Import (the button clicks a moment later)
        REQUIRE(waitFor([&] { return pressedEsc && !wizard->isBusy(); }, 30000));
        watch.stop();
        pageAfter = wizard->currentId();
        summary = wizard->page(ImportWizard::CheckPage)->findChild<QLabel *>(QStringLiteral("summary"))->text();
        cancelEnabledAfter = wizard->button(QWizard::CancelButton)->isEnabled();
        screenshot(wizard, QStringLiteral("import-cancelled"));
        wizard->reject(); // not busy now: closes
    });
    page->view()->setFocus();
    press(Qt::Key_I, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return pageAfter >= 0 && !QApplication::activeModalWidget(); }, 60000));
    CHECK(cancelEnabledWhileBusy);
    CHECK_FALSE(importEnabledWhileBusy);
    CHECK(pageAfter == ImportWizard::CheckPage);
    CHECK(summary == QStringLiteral("Nothing was imported: The import was cancelled."));
    CHECK(cancelEnabledAfter);
    CHECK(state() == before);
}
