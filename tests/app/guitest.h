#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QProgressDialog>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace Crm::Test {

// Waits until `done` holds or `ms` pass, processing events; returns `done()`.
inline bool waitFor(const std::function<bool()> &done, int ms = 3000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QTest::qWait(20);
    return done();
}

// Runs `drive` on the next modal dialog that opens (a form opened with exec()),
// so the test can type into it while exec() runs. Busy dialogs (a progress bar
// shown while work runs longer than 300 ms on a slow machine) are passed over.
inline void onNextModal(std::function<void(QWidget *)> drive)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, drive] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && !qobject_cast<QProgressDialog *>(modal)) {
            timer->stop();
            timer->deleteLater();
            drive(modal);
        }
    });
    timer->start();
}

// Types into `widget` key by key; characters outside ASCII (Chinese, accents)
// arrive as key events carrying their text, as an input method delivers them.
inline void typeInto(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, char(c.unicode()));
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
        QApplication::processEvents();
    }
}

// Types into whatever has the keyboard focus, as a user would.
inline void type(const QString &text)
{
    typeInto(QApplication::focusWidget(), text);
}

inline void press(Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget *w = QApplication::focusWidget();
    if (!w)
        w = QApplication::activeWindow();
    QTest::keyClick(w, key, mods);
}

// Saves a picture of `widget` as <$CRM_SCREENSHOT_DIR>/<name>.png when that
// variable is set (to look at the pages a change touched).
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CRM_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace Crm::Test
