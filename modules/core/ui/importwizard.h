#pragma once

#include "import/importer.h"
#include "import/importtable.h"

#include <QWizard>
#include <atomic>
#include <functional>

class QLabel;
class QProgressBar;

namespace Crm {

class Database;
class Session;

// What the pages of the import wizard share.
struct ImportWizardState
{
    const Database &db;
    const Session &session;
    const ImportTargetSpec &target;
    QString path;
    ImportTable table;
    QStringList mapping; // per column of `table`: the field key, "" when not imported
    ImportOptions options;
    ImportReport checked; // the latest dry run
    ImportReport result;  // the commit
};

// Import… of a list page: the file → the column mapping (guessed or saved) →
// the dry-run report, with the duplicate policy and strict mode → the commit in
// one transaction → what was done. Reading, checking and writing run on a worker
// thread with its own connection while the wizard shows progress.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, CheckPage, ResultPage };

    ImportWizard(const Database &db, const Session &session, const ImportTargetSpec &target, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Runs the wizard modally; true when it wrote records.
    static bool run(const Database &db, const Session &session, const ImportTargetSpec &target, QWidget *parent);

    ImportWizardState &state() { return m_state; }
    bool isBusy() const { return m_busy; }
    // Runs `job` on a worker thread while the wizard waits with `what` and a
    // progress bar shown; only its Cancel button stays enabled. The job is given
    // a progress callback (0…100) and a question it asks now and then: whether
    // Cancel was pressed. A Crm::Error the job throws is thrown again here, and
    // so is one that says it was cancelled when the job ended without asking.
    void runBusy(const QString &what, const std::function<void(const std::function<void(int)> &progress,
                                                               const std::function<bool()> &cancelled)> &job);

    // Cancel (and Esc, and closing the window) while busy asks the job to stop.
    void reject() override;

private:
    ImportWizardState m_state;
    QWidget *m_busyBox = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    bool m_busy = false;
    std::atomic_bool m_cancel = false;
};

} // namespace Crm
