#include "stockpages.h"

#include "auth/user.h"
#include "model/stocklists.h"
#include "module/registry.h"
#include "ui/listpage.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace Crm::Inventory {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("Crm::Inventory", text);
}
QString group()
{
    return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Inventory"));
}

// The idle period the Slow movers page opens with (and the CLI exports).
constexpr int kDefaultIdleDays = 90;

// The moves of one product in one warehouse, read-only; Esc closes it.
void showLedger(const Database &db, const Session &session, qint64 productId, qint64 warehouseId, QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("inventory.ledger.dialog"));
    const QString title = StockLists::ledgerTitle(db, productId, warehouseId);
    dialog.setWindowTitle(translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Stock ledger: %1")).arg(title));
    auto *layout = new QVBoxLayout(&dialog);
    auto *heading = new QLabel(title, &dialog);
    heading->setObjectName(QStringLiteral("heading"));
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    heading->setFont(bold);
    heading->setIndent(dialog.style()->pixelMetric(QStyle::PM_LayoutLeftMargin)); // aligned with the list
    layout->addWidget(heading);
    auto *page = new ListPage(db, session, StockLists::ledgerOf(db, productId, warehouseId), {}, &dialog);
    layout->addWidget(page);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(1000, 560);
    page->view()->setFocus();
    dialog.exec();
}

// Slow movers with the idle period chosen above the list (30, 60, 90 or 180
// days; 90 at first): each choice is a list of its own cutoff date.
class SlowMoversPage : public QWidget
{
public:
    SlowMoversPage(const PageContext &ctx, QWidget *parent)
        : QWidget(parent)
        , m_db(ctx.db)
        , m_session(ctx.session)
    {
        setObjectName(QStringLiteral("inventory.slow_movers.page"));
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *top = new QHBoxLayout;
        // Aligned with the list's own search row below.
        const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
        top->setContentsMargins(margin, margin, margin, 0);
        auto *label = new QLabel(translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Nothing gone out for:")), this);
        m_days = new QComboBox(this);
        m_days->setObjectName(QStringLiteral("days"));
        label->setBuddy(m_days);
        for (int days : {30, 60, 90, 180})
            m_days->addItem(translated(QT_TRANSLATE_NOOP("Crm::Inventory", "%1 days")).arg(days), days);
        m_days->setCurrentIndex(m_days->findData(kDefaultIdleDays));
        top->addWidget(label);
        top->addWidget(m_days);
        top->addStretch(1);
        layout->addLayout(top);
        connect(m_days, &QComboBox::activated, this, [this] { rebuild(); });
        rebuild();
    }

private:
    void rebuild()
    {
        delete m_list;
        const QDate cutoff = QDate::currentDate().addDays(-m_days->currentData().toInt());
        m_list = new ListPage(m_db, m_session, StockLists::slowMovers(cutoff), {}, this);
        layout()->addWidget(m_list);
    }

    const Database &m_db;
    const Session &m_session;
    QComboBox *m_days = nullptr;
    ListPage *m_list = nullptr;
};
} // namespace

void setupStockPages(Registry &registry)
{
    const QString view = QStringLiteral("inventory.stock.view");
    registry.addPermission(
        {view,
         [] { return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "See stock, the stock ledger and alerts")); }});

    registry.addPage({QStringLiteral("inventory.page.onhand"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Stock on hand")); }, group, view, 301,
                      [](const PageContext &ctx, QWidget *parent) {
                          const Database &db = ctx.db;
                          const Session &session = ctx.session;
                          ListPageActions actions;
                          // Enter shows the moves behind the row; there is nothing to edit or create.
                          actions.open = [&db, &session](QWidget *p, qint64 id) -> qint64 {
                              if (id > 0)
                                  showLedger(db, session, StockLists::productOf(id), StockLists::warehouseOf(id), p);
                              return 0;
                          };
                          actions.canCreate = false;
                          return new ListPage(db, session, StockLists::onHand(), actions, parent);
                      },
                      [](const Database &) { return StockLists::onHand(); }});
    registry.addPage({QStringLiteral("inventory.page.ledger"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Stock ledger")); }, group, view, 302,
                      [](const PageContext &ctx, QWidget *parent) {
                          return new ListPage(ctx.db, ctx.session, StockLists::ledger(ctx.db), {}, parent);
                      },
                      [](const Database &db) { return StockLists::ledger(db); }});
    registry.addPage({QStringLiteral("inventory.page.safety_alerts"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Safety-stock alerts")); }, group,
                      view, 303,
                      [](const PageContext &ctx, QWidget *parent) {
                          return new ListPage(ctx.db, ctx.session, StockLists::safetyStockAlerts(), {}, parent);
                      },
                      [](const Database &) { return StockLists::safetyStockAlerts(); }});
    registry.addPage({QStringLiteral("inventory.page.slow_movers"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Slow movers")); }, group, view, 304,
                      [](const PageContext &ctx, QWidget *parent) { return new SlowMoversPage(ctx, parent); },
                      [](const Database &) {
                          return StockLists::slowMovers(QDate::currentDate().addDays(-kDefaultIdleDays));
                      }});
}

} // namespace Crm::Inventory
