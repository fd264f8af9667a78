#pragma once

#include "export/listexporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <memory>

class QProgressDialog;
class QWidget;

namespace Crm {

class Database;

// One export of a list to a file, in a worker thread with its own connection
// (Database gives each thread its own), so the window never waits for it: a
// progress dialog counts the rows and Cancel stops it, leaving no file behind.
// On an in-memory database (tests), which a second connection would not see, it
// runs on the calling thread between events instead. Destroying the run
// cancels it and waits for the worker.
class ExportRun : public QObject
{
    Q_OBJECT
public:
    ExportRun(const Database &db, ListExport list, ExportOptions options, QString path, QWidget *parent);
    ~ExportRun() override;

    void start();
    bool isRunning() const;
    QProgressDialog *progressDialog() const;

signals:
    void written(qint64 rows, const QString &path);
    void failed(const QString &message);
    void cancelled();

private:
    struct Outcome
    {
        ListExporter::Result result;
        QString error;
    };
    void finish(const Outcome &outcome);

    const Database &m_db;
    ListExport m_list;
    ExportOptions m_options;
    QString m_path;
    QPointer<QProgressDialog> m_progress; // a child of the parent widget as well
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<Outcome> m_outcome;
    bool m_running = false;
};

} // namespace Crm
