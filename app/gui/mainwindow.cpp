#include "mainwindow.h"

#include "appcontext.h"
#include "backupactions.h"
#include "db/database.h"
#include "model/settings.h"
#include "modulesdialog.h"
#include "restoredialog.h"
#include "settingsdialog.h"
#include "ui/importwizard.h"
#include "ui/listpage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>

namespace Crm {

MainWindow::MainWindow(AppContext &ctx, Session session, QWidget *parent)
    : QMainWindow(parent)
    , m_ctx(ctx)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_nav = new QTreeWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setHeaderHidden(true);
    m_nav->setRootIsDecorated(false);
    m_nav->setMinimumWidth(180);
    m_stack = new QStackedWidget(this);
    auto *split = new QSplitter(this);
    split->addWidget(m_nav);
    split->addWidget(m_stack);
    split->setStretchFactor(1, 1);
    split->setSizes({200, 1000});
    setCentralWidget(split);
    buildNavigation();
    buildMenus();
    connect(m_nav, &QTreeWidget::itemActivated, this, &MainWindow::onItemActivated);
    connect(m_nav, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            onItemActivated(item);
    });

    setWindowTitle(titleFor(Settings(*ctx.database()).companyName()));
    if (ctx.database()->isReadOnly()) {
        auto *readOnly = new QLabel(tr("Read-only: nothing can be saved"), this);
        readOnly->setObjectName(QStringLiteral("readOnly"));
        readOnly->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
        statusBar()->addPermanentWidget(readOnly);
    }
    statusBar()->addPermanentWidget(new QLabel(tr("%1 (%2)").arg(m_session.user().name, m_session.login()), this));
    statusBar()->addWidget(new QLabel(QDir::toNativeSeparators(ctx.database()->path()), this));
    resize(1280, 800);
}

void MainWindow::buildNavigation()
{
    QHash<QString, QTreeWidgetItem *> groups;
    QFont bold = m_nav->font();
    bold.setBold(true);
    for (const PageSpec &p : m_ctx.registry().pages()) {
        if (!m_session.can(p.permission))
            continue;
        const QString group = p.group();
        QTreeWidgetItem *g = groups.value(group);
        if (!g) {
            g = new QTreeWidgetItem(m_nav, {group});
            g->setFlags(Qt::ItemIsEnabled);
            g->setFont(0, bold);
            groups.insert(group, g);
        }
        auto *item = new QTreeWidgetItem(g, {p.title()});
        item->setData(0, Qt::UserRole, p.id);
        m_items.insert(p.id, item);
    }
    m_nav->expandAll();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setEnabled(m_session.can(Permissions::ManageSettings));
    const QList<ImportTargetSpec> targets = m_ctx.registry().importTargets();
    if (!targets.isEmpty()) {
        QMenu *import = file->addMenu(tr("&Import"));
        import->setObjectName(QStringLiteral("importMenu"));
        for (const ImportTargetSpec &t : targets) {
            QAction *a = import->addAction(tr("%1…").arg(t.title()), this, [this, id = t.id] { importInto(id); });
            a->setEnabled(m_session.can(t.permission));
        }
    }
    file->addAction(tr("S&witch user…"), this, &MainWindow::switchUserRequested);
    file->addSeparator();
    // Backups copy and replace all of the company's data: settings managers only.
    const bool canBackUp = m_session.can(Permissions::ManageSettings);
    const bool writable = !m_ctx.database()->isReadOnly();
    QAction *backUp =
        file->addAction(tr("&Back up now"), this, [this] { BackupActions::backUpNow(this, *m_ctx.database()); });
    backUp->setObjectName(QStringLiteral("backUpNow"));
    backUp->setEnabled(canBackUp && writable);
    QAction *backUpTo =
        file->addAction(tr("Back up &to…"), this, [this] { BackupActions::backUpTo(this, *m_ctx.database()); });
    backUpTo->setEnabled(canBackUp && writable);
    QAction *restore = file->addAction(tr("&Restore from a backup…"), this, &MainWindow::chooseRestore);
    restore->setObjectName(QStringLiteral("restoreBackup"));
    restore->setEnabled(canBackUp);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    int n = 0;
    for (const PageSpec &p : m_ctx.registry().pages()) {
        if (!m_items.contains(p.id))
            continue;
        QAction *a = go->addAction(p.title(), this, [this, id = p.id] { showPage(id); });
        if (++n <= 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | (Qt::Key_0 + n)));
    }
    QAction *nav = go->addAction(tr("&Navigation pane"), this, [this] { m_nav->setFocus(); });
    nav->setShortcut(QKeySequence(Qt::Key_F6));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Modules…"), this, &MainWindow::showModules);
    help->addAction(tr("&About CRM Suite"), this, &MainWindow::showAbout);
}

void MainWindow::importInto(const QString &targetId)
{
    const ImportTargetSpec *target = m_ctx.registry().importTarget(targetId);
    if (!target || !ImportWizard::run(*m_ctx.database(), m_session, *target, this))
        return;
    if (auto *page = qobject_cast<ListPage *>(m_pages.value(target->pageId)))
        page->reload();
}

void MainWindow::onItemActivated(QTreeWidgetItem *item)
{
    const QString id = item->data(0, Qt::UserRole).toString();
    if (!id.isEmpty())
        showPage(id);
}

bool MainWindow::showPage(const QString &id)
{
    const PageSpec *spec = m_ctx.registry().page(id);
    if (!spec || !m_session.can(spec->permission))
        return false;
    QWidget *w = m_pages.value(id);
    if (!w) {
        PageContext pc{*m_ctx.database(), m_session, m_ctx.registry()};
        w = spec->create(pc, m_stack);
        w->setWindowTitle(spec->title()); // names the page's exports
        m_pages.insert(id, w);
        m_stack->addWidget(w);
    }
    m_stack->setCurrentWidget(w);
    if (QTreeWidgetItem *item = m_items.value(id)) {
        QSignalBlocker block(m_nav);
        m_nav->setCurrentItem(item);
    }
    w->setFocus();
    return true;
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

void MainWindow::showModules()
{
    ModulesDialog dialog(m_ctx.modules(), this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(*m_ctx.database(), m_session, m_ctx.registry(), this);
    if (dialog.exec() == QDialog::Accepted)
        setWindowTitle(titleFor(Settings(*m_ctx.database()).companyName()));
}

QString MainWindow::titleFor(const QString &company) const
{
    return m_ctx.database()->isReadOnly() ? tr("%1 (read-only) — CRM Suite").arg(company)
                                          : tr("%1 — CRM Suite").arg(company);
}

void MainWindow::chooseRestore()
{
    QString file;
    {
        RestoreDialog dialog(m_ctx.database()->path(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        file = dialog.file();
    }
    emit restoreRequested(file);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CRM Suite"),
                       tr("<h3>CRM Suite %1</h3><p>Customers, quotations, orders, stock, money and service for "
                          "small and medium businesses — offline, on one file.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace Crm
