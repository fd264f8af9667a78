#pragma once

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <functional>

namespace Crm {

// Runs `work` in a worker thread and waits for it with the window still painted;
// a modal busy dialog saying `label` appears when it takes more than 300 ms.
// `work` must not throw, and closes the connections it opens in its thread.
// Called off the window's thread (long work inside long work, such as the
// upgrade of an older backup being restored), it runs `work` there and then:
// widgets belong to the window's thread, and that caller shows its own dialog.
template <typename T> T runBusy(QWidget *parent, const QString &label, std::function<T()> work)
{
    if (QThread::currentThread() != qApp->thread())
        return work();
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(300);
    progress.setValue(0); // starts the 300 ms (without a first value the dialog never shows)
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    if (!watcher.isFinished())
        loop.exec();
    // As after an export: back to the window underneath, where there is no
    // window manager to do it.
    if (progress.isVisible() && parent) {
        progress.hide();
        parent->window()->activateWindow();
    }
    return watcher.result();
}

// runBusy() for work that may throw: what it throws is thrown again here.
inline void runBusyOrThrow(QWidget *parent, const QString &label, const std::function<void()> &work)
{
    const std::exception_ptr failure = runBusy<std::exception_ptr>(parent, label, [&work]() -> std::exception_ptr {
        try {
            work();
        } catch (...) {
            return std::current_exception();
        }
        return nullptr;
    });
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace Crm
