#pragma once

#include "import/importer.h"
#include "import/importtable.h"

#include <QWizard>
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
    // Runs `job` (given a progress callback, 0…100) on a worker thread while the
    // wizard waits, disabled, with `what` and a progress bar shown. A Crm::Error
    // the job throws is thrown again here.
    void runBusy(const QString &what, const std::function<void(const std::function<void(int)> &)> &job);

private:
    ImportWizardState m_state;
    QWidget *m_busyBox = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    bool m_busy = false;
};

} // namespace Crm
