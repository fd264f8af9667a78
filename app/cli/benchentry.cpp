#include "benchentry.h"

#include "auth/user.h"
#include "db/database.h"
#include "db/error.h"
#include "module/benchtiming.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <functional>

namespace Crm::Cli {

namespace {
struct Keys
{
    int count = 0;
    void text(const QString &t)
    {
        for (const QChar c : t)
            QTest::keyClick(QApplication::focusWidget(), char(c.unicode()));
        count += int(t.size());
    }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget *w = QApplication::focusWidget();
        QTest::keyClick(w ? w : QApplication::activeWindow(), k, mods);
        ++count;
    }
};

// Runs `drive` once the next modal dialog is open and has the keyboard focus.
void onModal(const std::function<void()> &drive)
{
    auto *timer = new QTimer;
    timer->setInterval(0);
    QObject::connect(timer, &QTimer::timeout, [timer, drive] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !QApplication::focusWidget() || QApplication::focusWidget()->window() != modal)
            return;
        timer->stop();
        timer->deleteLater();
        drive();
    });
    timer->start();
}

// Lets the window system make `w`'s window the active one (shortcuts need it).
void activate(QWidget *w)
{
    w->activateWindow();
    QElapsedTimer t;
    t.start();
    while (QApplication::activeWindow() != w->window() && t.elapsed() < 2000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

QList<BenchFigure> keyboardEntryFigures(const PageContext &ctx)
{
    const Database &db = ctx.db;
    const PageSpec *page = ctx.registry.page(QStringLiteral("sales.page.orders"));
    if (!page)
        throw Error(QCoreApplication::translate("Crm::Cli", "The sales module is not loaded."));
    QStringList products;
    QSqlQuery p = db.exec(QStringLiteral("SELECT code FROM core_product WHERE active = 1 ORDER BY id LIMIT 5"));
    while (p.next())
        products << p.value(0).toString();
    QList<QPair<qint64, QString>> customers;
    QSqlQuery c = db.exec(QStringLiteral("SELECT id, code FROM core_party WHERE is_customer = 1 ORDER BY id LIMIT 5"));
    while (c.next())
        customers.append({c.value(0).toLongLong(), c.value(1).toString()});
    if (products.size() < 5 || customers.size() < 5)
        throw Error(QCoreApplication::translate("Crm::Cli",
                                                "The database needs 5 customers and 5 products; run the demo first."));
    db.exec(QStringLiteral("UPDATE core_party SET credit_limit_minor = 0"));
    db.exec(QStringLiteral("UPDATE core_product SET cost_minor = 0"));
    const QStringList quantities{QStringLiteral("3"), QStringLiteral("12"), QStringLiteral("1"), QStringLiteral("2.5"),
                                 QStringLiteral("40")};

    QWidget *widget = page->create(ctx, nullptr);
    widget->resize(1200, 800);
    widget->show();
    widget->activateWindow();
    QApplication::processEvents();
    auto *view = widget->findChild<QTableView *>();
    QList<qint64> times;
    int keystrokes = 0;
    for (const auto &[customerId, customerCode] : customers) {
        activate(widget);
        view->setFocus();
        Keys keys;
        bool confirmed = false;
        QElapsedTimer t;
        onModal([&] {
            keys.text(customerCode);
            keys.key(Qt::Key_Return);
            keys.key(Qt::Key_Tab);
            keys.key(Qt::Key_Tab);
            for (int i = 0; i < 5; ++i) {
                keys.text(products.at(i));
                keys.key(Qt::Key_Return);
                keys.text(quantities.at(i));
                keys.key(Qt::Key_Return);
            }
            keys.key(Qt::Key_S, Qt::ControlModifier);
            keys.key(Qt::Key_Return, Qt::ControlModifier);
            confirmed = db.scalar(QStringLiteral("SELECT count(*) FROM sales_document d JOIN sales_document_line l "
                                                 "ON l.document_id = d.id WHERE d.customer_id = ? AND d.kind = "
                                                 "'order' AND d.status = 'confirmed' AND d.id = (SELECT max(id) FROM "
                                                 "sales_document)"),
                                  {customerId})
                            .toInt() == 5;
            keys.key(Qt::Key_Escape);
        });
        t.start();
        QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
        ++keys.count;
        times << t.nsecsElapsed();
        if (!confirmed)
            throw Error(
                QCoreApplication::translate(
                    "Crm::Cli", "The keyboard entry of an order for %1 did not end in a confirmed 5-line order.")
                    .arg(customerCode));
        keystrokes = keys.count;
    }
    delete widget;

    // Baseline: as many keys typed into a bare line edit.
    QLineEdit bare;
    bare.show();
    bare.activateWindow();
    bare.setFocus();
    QApplication::processEvents();
    QList<qint64> baseTimes;
    for (int run = 0; run < 5; ++run) {
        bare.clear();
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < keystrokes; ++i)
            QTest::keyClick(&bare, char('a' + i % 26));
        baseTimes << t.nsecsElapsed();
    }
    const double baseline = Bench::percentile(baseTimes, 0.5);
    return {
        {QCoreApplication::translate("Crm::Cli", "keyboard entry: keystrokes for a 5-line order"),
         double(keystrokes),
         QCoreApplication::translate("Crm::Cli", "keys"),
         {},
         0},
        {QCoreApplication::translate("Crm::Cli", "baseline: as many keys into a bare line edit (p50)"),
         baseline,
         QStringLiteral("ms"),
         {},
         0},
        {QCoreApplication::translate("Crm::Cli", "keyboard entry: program time, whole order (p50 of %1)")
             .arg(times.size()),
         Bench::percentile(times, 0.5), QStringLiteral("ms"), QStringLiteral("< 1000 ms"), baseline},
        {QCoreApplication::translate("Crm::Cli", "keyboard entry: program time, whole order (max)"),
         Bench::percentile(times, 1.0), QStringLiteral("ms"), QStringLiteral("< 1000 ms"), baseline},
    };
}

} // namespace Crm::Cli
