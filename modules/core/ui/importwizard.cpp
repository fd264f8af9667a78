#include "importwizard.h"

#include "db/database.h"
#include "db/error.h"
#include "ui/importcheckpage.h"
#include "ui/importfilepage.h"
#include "ui/importmappingpage.h"
#include "ui/importresultpage.h"

#include <QAbstractButton>
#include <QAtomicInt>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Crm {

ImportWizard::ImportWizard(const Database &db, const Session &session, const ImportTargetSpec &target, QWidget *parent)
    : QWizard(parent)
    , m_state{db, session, target, {}, {}, {}, {}, {}, {}}
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import %1").arg(target.title()));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(CheckPage, new ImportCheckPage(this));
    setPage(ResultPage, new ImportResultPage(this));

    m_busyBox = new QWidget(this);
    auto *busy = new QHBoxLayout(m_busyBox);
    busy->setContentsMargins(0, 0, 0, 0);
    m_busyLabel = new QLabel(m_busyBox);
    m_progress = new QProgressBar(m_busyBox);
    m_progress->setRange(0, 100);
    busy->addWidget(m_busyLabel);
    busy->addWidget(m_progress, 1);
    m_busyBox->hide();
    resize(900, 640);
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::run(const Database &db, const Session &session, const ImportTargetSpec &target, QWidget *parent)
{
    ImportWizard wizard(db, session, target, parent);
    wizard.exec();
    return wizard.state().result.written() && (wizard.state().result.created + wizard.state().result.updated) > 0;
}

void ImportWizard::reject()
{
    if (m_busy) {
        m_cancel = true;
        m_busyLabel->setText(tr("Cancelling…"));
        if (QAbstractButton *cancel = button(QWizard::CancelButton))
            cancel->setEnabled(false);
        return;
    }
    QWizard::reject();
}

void ImportWizard::runBusy(
    const QString &what,
    const std::function<void(const std::function<void(int)> &progress, const std::function<bool()> &cancelled)> &job)
{
    // The bar sits on the current page, under its content.
    if (QWizardPage *page = currentPage()) {
        if (m_busyBox->parentWidget() != page) {
            m_busyBox->setParent(page);
            if (page->layout())
                page->layout()->addWidget(m_busyBox);
        }
    }
    m_busyLabel->setText(what);
    m_progress->setValue(0);
    m_busyBox->show();
    m_busy = true;
    m_cancel = false;
    // Everything waits but Cancel.
    QList<std::pair<QWidget *, bool>> disabled;
    for (QWidget *w :
         {static_cast<QWidget *>(currentPage()), static_cast<QWidget *>(button(QWizard::BackButton)),
          static_cast<QWidget *>(button(QWizard::NextButton)), static_cast<QWidget *>(button(QWizard::CommitButton)),
          static_cast<QWidget *>(button(QWizard::FinishButton))}) {
        if (w) {
            disabled.append({w, w->isEnabled()});
            w->setEnabled(false);
        }
    }

    QAtomicInt percent(0);
    QString error;
    const Database *db = &m_state.db;
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    tick.setInterval(50);
    connect(&tick, &QTimer::timeout, this, [&] { m_progress->setValue(percent.loadRelaxed()); });
    tick.start();
    std::atomic_bool asked = false; // the job asks from several threads
    watcher.setFuture(QtConcurrent::run([&] {
        try {
            job([&percent](int p) { percent.storeRelaxed(p); },
                [this, &asked] {
                    asked = true;
                    return m_cancel.load();
                });
        } catch (const Error &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromLocal8Bit(e.what());
        }
        // Pool threads live on: their connection must not.
        db->closeThreadConnection();
    }));
    if (!watcher.isFinished())
        loop.exec();
    watcher.waitForFinished();
    tick.stop();
    for (const auto &[w, enabled] : std::as_const(disabled))
        w->setEnabled(enabled);
    if (QAbstractButton *cancel = button(QWizard::CancelButton))
        cancel->setEnabled(true);
    m_busy = false;
    m_busyBox->hide();
    if (!error.isEmpty())
        throw Error(error);
    if (m_cancel && !asked)
        throw Error(tr("Cancelled."));
}

} // namespace Crm
