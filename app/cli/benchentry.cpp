#include "benchentry.h"

#include "auth/user.h"
#include "db/error.h"
#include "module/benchtiming.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
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

QList<BenchFigure> keyboardEntryFigures(const PageContext &ctx, const KeyboardEntryFixture &fixture)
{
    const PageSpec *page = ctx.registry.page(fixture.pageId);
    if (!page)
        throw Error(QCoreApplication::translate("Crm::Cli", "There is no page %1.").arg(fixture.pageId));
    QWidget *widget = page->create(ctx, nullptr);
    widget->resize(1200, 800);
    widget->show();
    widget->activateWindow();
    QApplication::processEvents();
    auto *view = widget->findChild<QTableView *>();
    QList<qint64> times;
    int keystrokes = 0;
    for (const QString &party : fixture.parties) {
        activate(widget);
        view->setFocus();
        Keys keys;
        bool confirmed = false;
        QElapsedTimer t;
        onModal([&] {
            keys.text(party);
            keys.key(Qt::Key_Return);
            keys.key(Qt::Key_Tab);
            keys.key(Qt::Key_Tab);
            for (int i = 0; i < fixture.items.size(); ++i) {
                keys.text(fixture.items.at(i));
                keys.key(Qt::Key_Return);
                keys.text(fixture.quantities.value(i, QStringLiteral("1")));
                keys.key(Qt::Key_Return);
            }
            keys.key(Qt::Key_S, Qt::ControlModifier);
            keys.key(Qt::Key_Return, Qt::ControlModifier);
            confirmed = fixture.done(party);
            keys.key(Qt::Key_Escape);
        });
        t.start();
        QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
        ++keys.count;
        times << t.nsecsElapsed();
        if (!confirmed)
            throw Error(
                QCoreApplication::translate(
                    "Crm::Cli", "The keyboard entry of a document for %1 did not end saved, confirmed and whole.")
                    .arg(party));
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
        {QCoreApplication::translate("Crm::Cli", "keyboard entry: keystrokes per document of %1 lines")
             .arg(fixture.items.size()),
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
