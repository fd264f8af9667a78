#include "listpage.h"

#include "auth/user.h"
#include "db/database.h"
#include "db/error.h"
#include "model/pagedlistmodel.h"
#include "ui/exportoptionsdialog.h"
#include "ui/exportrun.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Crm {

ListPage::ListPage(const Database &db, const Session &session, ListSpec spec, ListPageActions actions, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_session(session)
    , m_actions(std::move(actions))
{
    setObjectName(spec.id);
    m_model = new PagedListModel(db, spec, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(spec.searchHint ? spec.searchHint() : tr("Search code or name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_search->installEventFilter(this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);
    connect(m_searchTimer, &QTimer::timeout, this, &ListPage::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    for (const ListFilter &f : spec.filters) {
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("filter_") + f.key);
        box->setToolTip(f.title());
        box->setMinimumContentsLength(8);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        top->addWidget(new QLabel(f.title() + QLatin1Char(':'), this));
        top->addWidget(box);
        m_filters.append({f.key, box});
        connect(box, &QComboBox::activated, this, [this, key = f.key, box] {
            m_model->setFilter(key, box->currentData());
            updateCount();
        });
    }

    const bool canEdit = session.can(m_actions.editPermission) && m_actions.open;
    const bool canDelete = session.can(m_actions.deletePermission) && m_actions.remove;
    m_newButton = new QPushButton(tr("&New"), this);
    m_newButton->setToolTip(tr("New record (Ctrl+N)"));
    m_newButton->setEnabled(canEdit);
    m_openButton = new QPushButton(tr("&Open"), this);
    m_openButton->setToolTip(tr("Open the selected record (Enter)"));
    m_openButton->setEnabled(bool(m_actions.open));
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    m_deleteButton->setToolTip(tr("Delete the selected record (Del)"));
    m_deleteButton->setEnabled(canDelete);
    // A list without a form or without deletion shows no such buttons.
    m_newButton->setVisible(bool(m_actions.open) && m_actions.canCreate);
    m_openButton->setVisible(bool(m_actions.open));
    m_deleteButton->setVisible(bool(m_actions.remove));
    top->addSpacing(12);
    top->addWidget(m_newButton);
    top->addWidget(m_openButton);
    top->addWidget(m_deleteButton);
    if (m_actions.import) {
        m_importButton = new QPushButton(tr("&Import…"), this);
        m_importButton->setObjectName(QStringLiteral("import"));
        m_importButton->setToolTip(tr("Import records from a CSV or Excel file (Ctrl+I)"));
        m_importButton->setEnabled(session.can(m_actions.importPermission));
        top->addWidget(m_importButton);
        connect(m_importButton, &QPushButton::clicked, this, &ListPage::importRecords);
        auto *importAction = new QAction(this);
        importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        importAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(importAction, &QAction::triggered, this, &ListPage::importRecords);
        addAction(importAction);
    }
    for (const ListAction &a : m_actions.more) {
        auto *button = new QPushButton(a.text, this);
        button->setToolTip(a.shortcut.toString(QKeySequence::NativeText));
        button->setEnabled(session.can(a.permission));
        top->addWidget(button);
        auto *action = new QAction(this);
        action->setShortcut(a.shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        const auto run = [this, a, button] {
            const QModelIndex index = m_view->currentIndex();
            if (button->isEnabled() && index.isValid())
                a.run(this, m_model->idAt(index.row()));
        };
        connect(button, &QPushButton::clicked, this, run);
        connect(action, &QAction::triggered, this, run);
    }
    m_exportButton = new QPushButton(tr("&Export…"), this);
    m_exportButton->setObjectName(QStringLiteral("export"));
    m_exportButton->setToolTip(tr("Export what the list shows to CSV or Excel (Ctrl+E)"));
    top->addWidget(m_exportButton);
    connect(m_exportButton, &QPushButton::clicked, this, &ListPage::exportList);
    connect(m_newButton, &QPushButton::clicked, this, &ListPage::newRecord);
    connect(m_openButton, &QPushButton::clicked, this, &ListPage::openCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &ListPage::deleteCurrent);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("table"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    // The indicator first: enabling sorting sorts by it, once, in SQL.
    m_view->horizontalHeader()->setSortIndicator(spec.defaultSortColumn,
                                                 spec.defaultDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Columns that cannot be sorted in SQL keep the previous sort indicator.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        const ListQuery q = m_model->query();
        if (!m_model->spec().columns.at(column).sortable) {
            QSignalBlocker block(m_view->horizontalHeader());
            m_view->horizontalHeader()->setSortIndicator(q.sortColumn,
                                                         q.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
    });
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRecord(m_model->idAt(index.row())); });
    connect(m_model, &PagedListModel::reloaded, this, [this] {
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
    });

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(400);
    connect(m_countTimer, &QTimer::timeout, this, &ListPage::startExactCount);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newAction, &QAction::triggered, this, &ListPage::newRecord);
    addAction(newAction);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &ListPage::focusSearch);
    addAction(findAction);
    auto *exportAction = new QAction(this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &ListPage::exportList);
    addAction(exportAction);

    // Enabling sorting above has loaded the first page already.
    if (!m_model->isLoaded())
        m_model->reload();
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateCount();
}

void ListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_filtersFilled)
        return;
    refillFilters();
    // Size the columns to the first page once; the user's widths stay after that.
    m_view->resizeColumnsToContents();
    const int maxWidth = m_view->fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c) + 12, maxWidth));
}

void ListPage::refillFilters()
{
    m_filtersFilled = true;
    for (const auto &[key, box] : m_filters) {
        const QVariant current = box->currentData();
        box->clear();
        box->addItem(tr("All"), QVariant());
        for (const ListFilter &f : m_model->spec().filters) {
            if (f.key != key)
                continue;
            try {
                for (const auto &[label, value] : m_model->spec().filterOptions(m_db, f))
                    box->addItem(label, value);
            } catch (const Error &) {
                // The filter then offers only "All": the list itself still reads.
            }
        }
        const int i = box->findData(current);
        box->setCurrentIndex(i < 0 ? 0 : i);
    }
}

QComboBox *ListPage::filterBox(const QString &key) const
{
    for (const auto &[k, box] : m_filters)
        if (k == key)
            return box;
    return nullptr;
}

ListExport ListPage::currentExport() const
{
    ListExport e;
    e.spec = m_model->spec();
    e.query = m_model->query();
    e.indexOrder = m_model->isIndexOrdered();
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            e.columns << logical;
    }
    return e;
}

QString ListPage::title() const
{
    for (const QWidget *w = this; w; w = w->parentWidget()) {
        if (w->isWindow() && w != this && !qobject_cast<const QDialog *>(w))
            break; // the main window's title names the company, not the list
        if (!w->windowTitle().isEmpty())
            return w->windowTitle();
        if (w->isWindow())
            break;
    }
    return m_model->spec().id.section(QLatin1Char('.'), -1);
}

void ListPage::exportList()
{
    if (m_export && m_export->isRunning())
        return;
    ExportOptionsDialog optionsDialog(this);
    if (optionsDialog.exec() != QDialog::Accepted)
        return;
    optionsDialog.remember();
    ExportOptions options = optionsDialog.options();
    options.sheetName = title();

    QSettings settings;
    QString folder = settings.value(QStringLiteral("export/folder")).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = title();
    for (const QChar c : QStringLiteral("/\\:*?\"<>|"))
        name.replace(c, u'-');
    const QString suffix = ExportOptions::suffix(options.format);
    QFileDialog dialog(this, tr("Export %1").arg(title()), QDir(folder).filePath(name + QLatin1Char('.') + suffix),
                       options.format == ExportFormat::Xlsx ? tr("Excel workbook (*.xlsx)")
                                                            : tr("CSV for Excel (*.csv)"));
    dialog.setObjectName(QStringLiteral("exportFile"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(suffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());

    delete m_export;
    m_export = new ExportRun(m_db, currentExport(), options, path, this);
    connect(m_export, &ExportRun::written, this, [this](qint64 rows, const QString &file) {
        m_count->setText(tr("%1 rows exported to %2").arg(QLocale().toString(rows), QDir::toNativeSeparators(file)));
        emit exported(file, rows);
    });
    connect(m_export, &ExportRun::failed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Export failed"), message); });
    m_export->start();
}

void ListPage::searchNow(const QString &text)
{
    {
        QSignalBlocker block(m_search);
        m_search->setText(text);
    }
    m_searchTimer->stop();
    applySearch();
}

void ListPage::applySearch()
{
    m_model->setSearch(m_search->text());
    m_view->horizontalHeader()->setSortIndicatorShown(!m_model->isIndexOrdered());
    updateCount();
}

void ListPage::updateCount()
{
    ++m_countGeneration;
    m_countTimer->stop();
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(m_model->lastError());
        return;
    }
    const QString order =
        m_model->isIndexOrdered()
            ? tr(" — many matches: shown in the order they were entered; type more to narrow and sort")
            : QString();
    constexpr qint64 cap = PagedListModel::kSortLimit;
    const qint64 n = m_model->loadedCount() >= 0 ? m_model->loadedCount()
                     : m_model->isIndexOrdered() ? cap + 1
                                                 : m_model->countUpTo(cap + 1);
    if (n <= cap) {
        m_count->setText(tr("%Ln record(s)", "", int(n)) + order);
        return;
    }
    // The exact number of a large list comes later from a worker thread with its
    // own connection, once typing pauses, so the window never waits for it.
    m_count->setText(tr("counting records…") + order);
    m_countOrder = order;
    m_countTimer->start();
}

void ListPage::startExactCount()
{
    const int generation = m_countGeneration;
    const QString order = m_countOrder;
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, generation, order] {
        watcher->deleteLater();
        const qint64 total = watcher->result();
        if (generation == m_countGeneration && total >= 0)
            m_count->setText(tr("%Ln record(s)", "", int(total)) + order);
    });
    watcher->setFuture(QtConcurrent::run(m_model->countJob()));
}

void ListPage::reload()
{
    const qint64 id = m_model->idAt(m_view->currentIndex().row());
    m_model->reload();
    updateCount();
    refillFilters();
    selectId(id);
}

void ListPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ListPage::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void ListPage::newRecord()
{
    if (!m_newButton->isEnabled() || !m_newButton->isVisibleTo(this))
        return;
    openRecord(0);
}

void ListPage::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        openRecord(m_model->idAt(index.row()));
}

void ListPage::openRecord(qint64 id)
{
    if (!m_actions.open)
        return;
    const qint64 saved = m_actions.open(this, id);
    if (saved > 0) {
        m_model->reload();
        updateCount();
        refillFilters();
        selectId(saved);
    }
    m_view->setFocus();
}

void ListPage::deleteCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_deleteButton->isEnabled())
        return;
    const qint64 id = m_model->idAt(index.row());
    const QString label = m_model->data(m_model->index(index.row(), 0), Qt::DisplayRole).toString() + QLatin1Char(' ') +
                          m_model->data(m_model->index(index.row(), 1), Qt::DisplayRole).toString();
    if (QMessageBox::question(this, tr("Delete"), tr("Delete %1? This cannot be undone.").arg(label.trimmed()),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    try {
        m_actions.remove(id);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Cannot delete"), e.message());
        return;
    }
    const int row = index.row();
    m_model->reload();
    updateCount();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
}

void ListPage::importRecords()
{
    if (!m_importButton || !m_importButton->isEnabled())
        return;
    if (m_actions.import(this))
        reload();
    m_view->setFocus();
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search &&
            (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            if (m_searchTimer->isActive()) {
                m_searchTimer->stop();
                applySearch();
            }
            m_view->setFocus();
            if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
                m_view->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
        if (watched == m_view && key->key() == Qt::Key_Delete) {
            deleteCurrent();
            return true;
        }
        if (watched == m_view && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Crm
