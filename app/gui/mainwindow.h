#pragma once

#include "auth/user.h"

#include <QHash>
#include <QMainWindow>

class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Crm {

class AppContext;

// The shell: a navigation pane grouped by module, the pages modules registered
// (created on first use), and the menus. Knows nothing about any module.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AppContext &ctx, Session session, QWidget *parent = nullptr);

    // Shows the page with this id (e.g. "sales.page.customers"); false if absent
    // or not permitted.
    bool showPage(const QString &id);
    QWidget *currentPage() const;
    // File → Import: the import wizard of a registered target ("sales.customers");
    // its page, when open, shows the new records afterwards.
    void importInto(const QString &targetId);
    QWidget *page(const QString &id) const { return m_pages.value(id); }
    const Session &session() const { return m_session; }

signals:
    // The user asked to log in as someone else.
    void switchUserRequested();
    // The user chose a backup to restore (File → Restore from a backup…).
    void restoreRequested(const QString &file);

private:
    void buildNavigation();
    void buildMenus();
    void showModules();
    void showSettings();
    void chooseRestore();
    QString titleFor(const QString &company) const;
    void showAbout();
    void onItemActivated(QTreeWidgetItem *item);

    AppContext &m_ctx;
    Session m_session;
    QTreeWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QHash<QString, QWidget *> m_pages;
    QHash<QString, QTreeWidgetItem *> m_items;
};

} // namespace Crm
