#pragma once

#include "export/listexporter.h"
#include "model/listspec.h"

#include <QKeySequence>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Crm {

class Database;
class ExportRun;
class PagedListModel;
class Session;

// What a list page does with its records; supplied by the module that registers it.
// A further command of a list page on its current record (print, …).
struct ListAction
{
    QString text; // translated, with a mnemonic
    QKeySequence shortcut;
    QString permission;
    std::function<void(QWidget *parent, qint64 id)> run;
};

struct ListPageActions
{
    // Opens the form for `id` (0: a new record); returns the saved id or 0.
    std::function<qint64(QWidget *parent, qint64 id)> open;
    // False for lists whose records are opened but made elsewhere (no New, no Ctrl+N).
    bool canCreate = true;
    // Deletes; throws Crm::Error with the reason when refused.
    std::function<void(qint64 id)> remove;
    QString editPermission;
    QString deletePermission;
    QList<ListAction> more;
    // Import… (Ctrl+I): reads records from a file into this list (the import
    // wizard); true when it wrote any. Unset: the page has no Import….
    std::function<bool(QWidget *parent)> import;
    QString importPermission;
};

// A list page: search as you type, filters, sort by column (all in SQL), row
// count, open with Enter or double-click, new with Ctrl+N, delete with confirmation,
// and Export… (Ctrl+E) of what it shows to CSV or .xlsx.
class ListPage : public QWidget
{
    Q_OBJECT
public:
    ListPage(const Database &db, const Session &session, ListSpec spec, ListPageActions actions,
             QWidget *parent = nullptr);

    PagedListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *countLabel() const { return m_count; }
    QComboBox *filterBox(const QString &key) const;
    // What Export… writes: the current search, filters and sort, and the columns
    // shown, in the order shown.
    ListExport currentExport() const;
    // The page's title (its own or its page's), for file and sheet names.
    QString title() const;

public slots:
    void newRecord();
    void openCurrent();
    void deleteCurrent();
    void importRecords();
    void reload();
    void focusSearch();
    // Types `text` into the search box and applies it at once (no typing pause).
    void searchNow(const QString &text);
    // Export…: asks for the format and the file, then writes in the background.
    void exportList();

signals:
    // An export finished writing `path`.
    void exported(const QString &path, qint64 rows);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applySearch();
    void updateCount();
    void startExactCount();
    void openRecord(qint64 id);
    void selectId(qint64 id);
    void refillFilters();

    const Database &m_db;
    const Session &m_session;
    ListPageActions m_actions;
    PagedListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    ExportRun *m_export = nullptr;
    QPushButton *m_importButton = nullptr;
    QList<QPair<QString, QComboBox *>> m_filters;
    QTimer *m_searchTimer = nullptr;
    bool m_filtersFilled = false;
    int m_countGeneration = 0;
    QTimer *m_countTimer = nullptr;
    QString m_countOrder;
};

} // namespace Crm
