#include "exportrun.h"

#include "db/database.h"
#include "db/error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QPromise>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <climits>

namespace Crm {

ExportRun::ExportRun(const Database &db, ListExport list, ExportOptions options, QString path, QWidget *parent)
    : QObject(parent)
    , m_db(db)
    , m_list(std::move(list))
    , m_options(std::move(options))
    , m_path(std::move(path))
    , m_outcome(std::make_shared<Outcome>())
{
    m_progress = new QProgressDialog(parent);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setLabelText(tr("Exporting to %1…").arg(QFileInfo(m_path).fileName()));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // A small list is written before the dialog would show.
    m_progress->setMinimumDuration(400);
    m_progress->setRange(0, 0);
    connect(&m_watcher, &QFutureWatcher<void>::progressRangeChanged, m_progress, &QProgressDialog::setRange);
    connect(&m_watcher, &QFutureWatcher<void>::progressValueChanged, m_progress, [this](int rows) {
        m_progress->setValue(rows);
        m_progress->setLabelText(tr("Exporting to %1: %2 of %3 rows…")
                                     .arg(QFileInfo(m_path).fileName(), QLocale().toString(rows),
                                          QLocale().toString(m_progress->maximum())));
    });
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_progress->setLabelText(tr("Cancelling…"));
        m_watcher.cancel();
    });
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] { finish(*m_outcome); });
}

ExportRun::~ExportRun()
{
    if (m_watcher.isRunning()) {
        m_watcher.disconnect(this);
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
    delete m_progress;
}

QProgressDialog *ExportRun::progressDialog() const
{
    return m_progress.data();
}

bool ExportRun::isRunning() const
{
    return m_running;
}

void ExportRun::start()
{
    m_running = true;
    if (m_db.isMemory()) {
        Outcome outcome;
        try {
            m_progress->setRange(0, int(std::min<qint64>(ListExporter::count(m_db, m_list), INT_MAX)));
            outcome.result = ListExporter::toFile(m_db, m_list, m_options, m_path, [this](qint64 rows) {
                m_progress->setValue(int(std::min<qint64>(rows, INT_MAX)));
                QCoreApplication::processEvents();
                return !m_progress->wasCanceled();
            });
        } catch (const Error &e) {
            outcome.error = e.message();
        }
        finish(outcome);
        return;
    }
    const Database *db = &m_db;
    auto job = [db, list = m_list, options = m_options, path = m_path, outcome = m_outcome](QPromise<void> &promise) {
        try {
            promise.setProgressRange(0, int(std::min<qint64>(ListExporter::count(*db, list), INT_MAX)));
            outcome->result = ListExporter::toFile(*db, list, options, path, [&promise](qint64 rows) {
                promise.setProgressValue(int(std::min<qint64>(rows, INT_MAX)));
                return !promise.isCanceled();
            });
        } catch (const Error &e) {
            outcome->error = e.message();
        }
        db->closeThreadConnection();
    };
    m_watcher.setFuture(QtConcurrent::run(job));
}

void ExportRun::finish(const Outcome &outcome)
{
    m_running = false;
    if (m_progress) {
        const bool wasShown = m_progress->isVisible();
        m_progress->reset(); // also stops the timer that would show it later
        m_progress->hide();
        // Back to the window the export started from: window managers do that
        // when a dialog closes, but not every platform has one (offscreen),
        // and the dialog's own activation may still be on its way.
        if (wasShown && m_progress->parentWidget())
            m_progress->parentWidget()->window()->activateWindow();
    }
    if (!outcome.error.isEmpty())
        emit failed(outcome.error);
    else if (outcome.result.cancelled)
        emit cancelled();
    else
        emit written(outcome.result.rows, m_path);
}

} // namespace Crm
