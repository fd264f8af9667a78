// Export… on list pages (Ctrl+E, options, file, a worker thread with progress and
// Cancel) and `crmsuite-cli export`, read back by Python's csv module and by
// openpyxl; every registered list page can be exported by its list id.

#include "readback.h"
#include "cli.h"
#include "shell.h"
#include "testdb.h"

#include "export/listexporter.h"
#include "model/pagedlistmodel.h"
#include "model/partyrepository.h"
#include "ui/exportoptionsdialog.h"
#include "ui/exportrun.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>

using namespace Crm;
using namespace Crm::Test;

namespace {

// Runs `drive` on the next modal dialog named `name` (other modal dialogs that
// are still closing are passed over).
void onNextDialog(const QString &name, std::function<void(QWidget *)> drive)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, name, drive] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible() && modal->objectName() == name) {
            timer->stop();
            timer->deleteLater();
            drive(modal);
        }
    });
    timer->start();
}

// Ctrl+E on `page`: the options dialog (its format moved `formatDown` entries
// down from the one remembered), Enter, then `path` typed into the file dialog.
void exportByKeys(ListPage *page, const QString &path, int formatDown)
{
    bool optionsSeen = false;
    bool fileSeen = false;
    onNextDialog(QStringLiteral("exportOptions"), [&](QWidget *options) {
        optionsSeen = true;
        auto *format = options->findChild<QComboBox *>(QStringLiteral("format"));
        REQUIRE(format);
        format->setFocus();
        for (int i = 0; i < formatDown; ++i)
            QTest::keyClick(format, Qt::Key_Down);
        screenshot(options, QStringLiteral("export-options"));
        onNextDialog(QStringLiteral("exportFile"), [&](QWidget *file) {
            fileSeen = true;
            auto *name = file->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            REQUIRE(name);
            // The whole path at once: typed key by key, the dialog's completer
            // would pop up over the field.
            name->setFocus();
            name->setText(path);
            QTest::keyClick(name, Qt::Key_Return);
        });
        QTest::keyClick(options, Qt::Key_Return);
    });
    page->view()->setFocus();
    press(Qt::Key_E, Qt::ControlModifier);
    CHECK(optionsSeen);
    CHECK(fileSeen);
}

// What the page shows: the visible columns in their visual order, every row.
QList<QStringList> shownRows(ListPage *page)
{
    PagedListModel *model = page->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    const QHeaderView *header = page->view()->horizontalHeader();
    QList<int> columns;
    for (int v = 0; v < header->count(); ++v)
        if (!header->isSectionHidden(header->logicalIndex(v)))
            columns << header->logicalIndex(v);
    QList<QStringList> rows;
    QStringList titles;
    for (int c : columns)
        titles << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    rows << titles;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList row;
        for (int c : columns) {
            const QString text = model->index(r, c).data().toString();
            row << (CsvWriter::needsGuard(text) ? QLatin1Char('\'') + text : text);
        }
        rows << row;
    }
    return rows;
}


} // namespace

TEST_CASE("Ctrl+E exports the customers page as shown, to CSV and to .xlsx", "[app][export]")
{
    QSettings().remove(QStringLiteral("export"));
    Shell shell;
    ListPage *page = shell.customers();
    QTableView *view = page->view();
    PagedListModel *model = page->model();
    const ListSpec &spec = model->spec();

    // The page as the user arranged it: a filter, sorted by name descending, the
    // short name hidden, the phone moved first.
    QComboBox *status = page->filterBox(QStringLiteral("status"));
    REQUIRE(status);
    status->setCurrentIndex(status->findData(QStringLiteral("customer")));
    emit status->activated(status->currentIndex());
    view->horizontalHeader()->setSortIndicator(spec.columnIndex(QStringLiteral("name")), Qt::DescendingOrder);
    REQUIRE(model->query().descending);
    view->setColumnHidden(spec.columnIndex(QStringLiteral("short_name")), true);
    QHeaderView *header = view->horizontalHeader();
    header->moveSection(header->visualIndex(spec.columnIndex(QStringLiteral("phone"))), 0);
    const QList<QStringList> expected = shownRows(page);
    REQUIRE(expected.size() > 10);
    REQUIRE(expected.at(0).at(0) == QStringLiteral("Phone"));
    REQUIRE_FALSE(expected.at(0).contains(QStringLiteral("Short name")));

    QSignalSpy exported(page, &ListPage::exported);
    SECTION("CSV")
    {
        const QString path = shell.dir.filePath(QStringLiteral("customers.csv"));
        exportByKeys(page, path, 0);
        REQUIRE(waitFor([&] { return exported.count() == 1; }, 10000));
        CHECK(exported.at(0).at(0).toString() == path);
        CHECK(exported.at(0).at(1).toLongLong() == expected.size() - 1);
        CHECK(page->countLabel()->text().contains(QStringLiteral("exported")));
        // The separator of the user's locale (',' in English).
        const QList<QStringList> back = readCsvFile(path, CsvOptions::excel(QLocale()).separator);
        CHECK(back == expected);
        CHECK(QDir(shell.dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden).isEmpty());
    }
    SECTION(".xlsx, and the choice is remembered")
    {
        const QString path = shell.dir.filePath(QStringLiteral("customers.xlsx"));
        exportByKeys(page, path, 1);
        REQUIRE(waitFor([&] { return exported.count() == 1; }, 10000));
        const QList<XlsxSheet> sheets = readXlsxFile(path);
        REQUIRE(sheets.size() == 1);
        CHECK(sheets.at(0).title == QStringLiteral("Customers"));
        CHECK(sheets.at(0).boldHeader);
        CHECK(sheets.at(0).freeze == QStringLiteral("A2"));
        const auto &rows = sheets.at(0).rows;
        REQUIRE(rows.size() == expected.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QStringList values;
            for (const XlsxCell &c : rows.at(r)) {
                CHECK((c.type == QStringLiteral("s") || c.type == QStringLiteral("e")));
                values << c.value;
            }
            QStringList want = expected.at(r);
            for (QString &w : want)
                if (w.startsWith(u'\'') && CsvWriter::needsGuard(w.mid(1)))
                    w.remove(0, 1); // text in .xlsx needs no guard
            while (values.size() < want.size())
                values << QString();
            CHECK(values == want);
        }
        ExportOptionsDialog again;
        CHECK(again.findChild<QComboBox *>(QStringLiteral("format"))->currentData().toString() ==
              QStringLiteral("xlsx"));
        CHECK(ExportOptionsDialog::remembered().format == ExportFormat::Xlsx);
    }
    SECTION("Escape in the options dialog exports nothing")
    {
        bool seen = false;
        onNextDialog(QStringLiteral("exportOptions"), [&](QWidget *options) {
            seen = true;
            QTest::keyClick(options, Qt::Key_Escape);
        });
        view->setFocus();
        press(Qt::Key_E, Qt::ControlModifier);
        CHECK(seen);
        QTest::qWait(100);
        CHECK(exported.isEmpty());
        CHECK(QDir(shell.dir.path()).entryList({QStringLiteral("*.csv"), QStringLiteral("*.xlsx")}).isEmpty());
    }
    QSettings().remove(QStringLiteral("export"));
}

TEST_CASE("An export runs in a worker thread: the window keeps going, Cancel leaves no file", "[app][export]")
{
    QTemporaryDir dir;
    TestDatabase database({QStringLiteral("core")}, dir.filePath(QStringLiteral("big.db")));
    const Database &db = database.db();
    db.exec(QStringLiteral("CREATE TABLE test_big (id INTEGER PRIMARY KEY, code TEXT, name TEXT, amount INTEGER)"));
    db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
                           "INSERT INTO test_big (code, name, amount) SELECT printf('%06d', i), "
                           "'名称 name ' || i, i * 7 FROM n"));
    ListExport list;
    list.spec.id = QStringLiteral("test.big");
    list.spec.from = QStringLiteral("test_big b");
    list.spec.idExpr = QStringLiteral("b.id");
    list.spec.columns = {{QStringLiteral("code"), [] { return QStringLiteral("Code"); }, QStringLiteral("b.code")},
                         {QStringLiteral("name"), [] { return QStringLiteral("Name"); }, QStringLiteral("b.name")},
                         {QStringLiteral("amount"), [] { return QStringLiteral("Amount"); }, QStringLiteral("b.amount"),
                          true, ListColumn::Kind::Money}};
    QWidget window;
    window.show();
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start();

    SECTION("Cancel")
    {
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        ExportRun run(db, list, ExportOptions(), path, &window);
        QSignalSpy cancelled(&run, &ExportRun::cancelled);
        QSignalSpy written(&run, &ExportRun::written);
        run.start();
        REQUIRE(run.isRunning());
        // The window's events go on while the worker writes.
        REQUIRE(waitFor([&] { return run.progressDialog()->value() > 0; }, 10000));
        const int before = ticks;
        QTest::qWait(30);
        CHECK(ticks > before);
        auto *cancel = run.progressDialog()->findChild<QPushButton *>();
        REQUIRE(cancel);
        cancel->click();
        REQUIRE(waitFor([&] { return !cancelled.isEmpty() || !written.isEmpty(); }, 10000));
        CHECK(cancelled.count() == 1);
        CHECK(written.isEmpty());
        CHECK_FALSE(QFile::exists(path));
        CHECK(QDir(dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden).isEmpty());
    }
    SECTION("to the end")
    {
        const QString path = dir.filePath(QStringLiteral("big.xlsx"));
        ExportOptions options;
        options.format = ExportFormat::Xlsx;
        ExportRun run(db, list, options, path, &window);
        QSignalSpy written(&run, &ExportRun::written);
        run.start();
        REQUIRE(waitFor([&] { return !written.isEmpty(); }, 60000));
        CHECK(written.at(0).at(0).toLongLong() == 200000);
        CHECK(ticks > 0);
        CHECK(QFileInfo(path).size() > 100000);
    }
}

TEST_CASE("On an in-memory database the export runs between events of the window's thread", "[app][export]")
{
    // A worker's own connection would open another, empty in-memory database.
    TestDatabase database;
    const Database &db = database.db();
    db.exec(QStringLiteral("CREATE TABLE test_small (id INTEGER PRIMARY KEY, code TEXT)"));
    db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                           "INSERT INTO test_small (code) SELECT printf('%04d', i) FROM n"));
    ListExport list;
    list.spec.id = QStringLiteral("test.small");
    list.spec.from = QStringLiteral("test_small s");
    list.spec.idExpr = QStringLiteral("s.id");
    list.spec.columns = {{QStringLiteral("code"), [] { return QStringLiteral("Code"); }, QStringLiteral("s.code")}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.csv"));
    QWidget window;
    ExportRun run(db, list, ExportOptions(), path, &window);
    QSignalSpy written(&run, &ExportRun::written);
    run.start();
    REQUIRE(written.count() == 1);
    CHECK(written.at(0).at(0).toLongLong() == 1000);
    const QList<QStringList> rows = readCsvFile(path, u',');
    REQUIRE(rows.size() == 1001);
    CHECK(rows.at(1) == QStringList{QStringLiteral("0001")});
}

TEST_CASE("Every list page is exported by its list id, from the CLI too", "[app][export][cli]")
{
    Shell shell(60);
    const Registry &registry = shell.ctx.registry();
    UserRepository users(shell.db(), QStringLiteral("admin"));
    const Session session = users.sessionFor(*users.findByLogin(QStringLiteral("admin")));
    const PageContext pc{shell.db(), session, shell.ctx.registry()};
    int listPages = 0;
    for (const PageSpec &p : registry.pages()) {
        INFO(p.id.toStdString());
        std::unique_ptr<QWidget> widget(p.create(pc, nullptr));
        auto *page = qobject_cast<ListPage *>(widget.get());
        if (!page)
            page = widget->findChild<ListPage *>();
        if (!page)
            continue;
        ++listPages;
        REQUIRE(p.list);
        const ListSpec spec = p.list(shell.db());
        CHECK(spec.id == page->model()->spec().id);
        CHECK(spec.columns.size() == page->model()->spec().columns.size());
        CHECK(registry.list(shell.db(), spec.id).has_value());
        // It exports: header and every row.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(buffer);
        ListExport e;
        e.spec = spec;
        const ListExporter::Result result = ListExporter::write(shell.db(), e, writer);
        writer.finish();
        CHECK(result.rows == ListExporter::count(shell.db(), e));
    }
    CHECK(listPages >= 20);
    const QString dbPath = shell.db().path();

    const CliRun lists = cli({QStringLiteral("export"), QStringLiteral("--list"), QStringLiteral("--db"), dbPath});
    REQUIRE(lists.status == 0);
    for (const char *id : {"sales.customers", "sales.orders", "sales.loans", "inventory.onhand", "inventory.ledger",
                           "purchasing.suppliers", "finance.currencies", "inventory.slow_movers"})
        CHECK(lists.out.contains(QString::fromLatin1(id)));

    const CliRun unknown =
        cli({QStringLiteral("export"), QStringLiteral("sales.nothing"), QStringLiteral("--db"), dbPath});
    CHECK(unknown.status == 2);
    CHECK(unknown.err.contains(QStringLiteral("sales.customers")));

    // The customers a search finds, as the page finds them.
    ListPage *page = shell.customers();
    const QString fragment = page->model()->index(0, 1).data().toString().left(3);
    page->searchNow(fragment);
    const QList<QStringList> expected = shownRows(page);
    const QString csv = shell.dir.filePath(QStringLiteral("found.csv"));
    const CliRun found = cli({QStringLiteral("export"), QStringLiteral("sales.customers"), QStringLiteral("--db"),
                              dbPath, QStringLiteral("--search"), fragment, QStringLiteral("--out"), csv});
    INFO(found.err.toStdString());
    REQUIRE(found.status == 0);
    CHECK(readCsvFile(csv, u',') == expected);

    // Orders to .xlsx: dates are dates, totals numbers, numbers text.
    const QString xlsx = shell.dir.filePath(QStringLiteral("orders.xlsx"));
    const CliRun orders =
        cli({QStringLiteral("export"), QStringLiteral("sales.orders"), QStringLiteral("--db"), dbPath,
             QStringLiteral("--filter"), QStringLiteral("status=confirmed"), QStringLiteral("--out"), xlsx});
    INFO(orders.err.toStdString());
    REQUIRE(orders.status == 0);
    const QList<XlsxSheet> sheets = readXlsxFile(xlsx);
    REQUIRE(sheets.size() == 1);
    CHECK(sheets.at(0).title == QStringLiteral("Sales orders"));
    const auto &rows = sheets.at(0).rows;
    REQUIRE(rows.size() > 1);
    CHECK(rows.at(0).at(0).value == QStringLiteral("Number"));
    for (qsizetype r = 1; r < rows.size(); ++r) {
        CHECK(rows.at(r).at(0).type == QStringLiteral("s"));
        CHECK(rows.at(r).at(1).type == QStringLiteral("d"));
        CHECK(rows.at(r).at(4).value == QStringLiteral("Confirmed"));
        CHECK(rows.at(r).at(6).type == QStringLiteral("n"));
    }

    // Bad options are named.
    const CliRun badFilter = cli({QStringLiteral("export"), QStringLiteral("sales.orders"), QStringLiteral("--db"),
                                  dbPath, QStringLiteral("--filter"), QStringLiteral("colour=red")});
    CHECK(badFilter.status == 2);
    CHECK(badFilter.err.contains(QStringLiteral("status")));
    const CliRun xlsxToStdout = cli({QStringLiteral("export"), QStringLiteral("sales.orders"), QStringLiteral("--db"),
                                     dbPath, QStringLiteral("--format"), QStringLiteral("xlsx")});
    CHECK(xlsxToStdout.status == 2);
}

namespace {
// LibreOffice (headless, a profile of its own in `dir`) converts `file` to
// `format` in `dir`, reading it with the filter options `in` when given; the
// converted file's path.
QString libreOfficeConvert(const QTemporaryDir &dir, const QString &file, const QString &format,
                           const QString &in = {})
{
    QStringList args{QStringLiteral("--headless"),
                     QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo"))).toString(),
                     QStringLiteral("--convert-to"), format, QStringLiteral("--outdir"), dir.filePath(QStringLiteral("out"))};
    if (!in.isEmpty())
        args << QStringLiteral("--infilter=") + in;
    QProcess soffice;
    soffice.start(QStringLiteral("soffice"), args << file);
    REQUIRE(soffice.waitForFinished(180000));
    INFO(soffice.readAllStandardError().toStdString());
    REQUIRE(soffice.exitCode() == 0);
    const QString out = QDir(dir.filePath(QStringLiteral("out")))
                            .filePath(QFileInfo(file).completeBaseName() + QLatin1Char('.') + format.section(u':', 0, 0));
    REQUIRE(QFileInfo::exists(out));
    return out;
}
} // namespace

TEST_CASE("The customers page exported by Ctrl+E opens in LibreOffice Calc as it was", "[app][export][libreoffice]")
{
    QSettings().remove(QStringLiteral("export"));
    Shell shell(20);
    Party party;
    party.name = QStringLiteral("上海华为技术有限公司");
    party.shortName = QStringLiteral("=HYPERLINK(\"http://example.com\",\"华为\")");
    party.city = QStringLiteral("上海");
    party.region = QStringLiteral("+86 华东");
    party.phone = QStringLiteral("021 5080 8888");
    party.isCustomer = true;
    party.status = QStringLiteral("customer");
    PartyRepository(shell.db(), QStringLiteral("admin")).save(party);
    ListPage *page = shell.customers();
    page->searchNow(QStringLiteral("上海华为"));
    REQUIRE(waitFor([&] { return page->model()->rowCount() == 1; }));
    auto activate = [&] { // the window again, after the dialogs of an export
        shell.window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(shell.window.get()));
    };
    activate();
    QTemporaryDir lo;

    // The CSV read with what LibreOffice's Text Import dialog picks for a file
    // that starts with a UTF-8 byte order mark: UTF-8 (76), comma, quote.
    const QString csv = shell.dir.filePath(QStringLiteral("customers.csv"));
    exportByKeys(page, csv, 0);
    REQUIRE(waitFor([&] { return QFileInfo::exists(csv); }, 10000));
    const QList<XlsxSheet> fromCsv =
        readXlsxFile(libreOfficeConvert(lo, csv, QStringLiteral("xlsx"), QStringLiteral("CSV:44,34,76,1")));
    REQUIRE(fromCsv.size() == 1);
    REQUIRE(fromCsv.at(0).rows.size() == 2);
    const QList<XlsxCell> &row = fromCsv.at(0).rows.at(1);
    CHECK(row.at(0).value == party.code);
    CHECK(row.at(1).value == party.name);
    // Formula-looking text stays text behind its guard: nothing is calculated.
    CHECK(row.at(2).type == QStringLiteral("s"));
    CHECK(row.at(2).value == QLatin1Char('\'') + party.shortName);
    CHECK(row.at(3).value == party.city);
    CHECK(row.at(4).type == QStringLiteral("s"));
    CHECK(row.at(4).value == QLatin1Char('\'') + party.region);

    // The .xlsx opened as it is: the leading zero of the phone survives, and
    // the formula-looking text is text without a guard.
    const QString xlsx = shell.dir.filePath(QStringLiteral("customers.xlsx"));
    activate();
    exportByKeys(page, xlsx, 1);
    REQUIRE(waitFor([&] { return QFileInfo::exists(xlsx); }, 10000));
    const QList<QStringList> fromXlsx =
        readCsvFile(libreOfficeConvert(lo, xlsx, QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76")), u',',
                    QStringLiteral("utf-8"));
    REQUIRE(fromXlsx.size() == 2);
    CHECK(fromXlsx.at(0).at(0) == QStringLiteral("Code"));
    CHECK(fromXlsx.at(1).mid(0, 6) == QStringList{party.code, party.name, party.shortName, party.city, party.region,
                                                  party.phone});
    QSettings().remove(QStringLiteral("export"));
}
