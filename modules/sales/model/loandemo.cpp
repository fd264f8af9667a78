#include "loandemo.h"

#include "auth/userrepository.h"
#include "db/database.h"
#include "model/loanrepository.h"
#include "services/stockservice.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace Crm::Sales {

namespace {
QList<qint64> ids(const Database &db, const QString &sql)
{
    QList<qint64> out;
    QSqlQuery q = db.exec(sql);
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}
} // namespace

void createDemoLoans(const Database &db, quint32 seed, const StockService &stock)
{
    QRandomGenerator rng(seed * 13u + 5u);
    const QList<qint64> customers = ids(db, QStringLiteral("SELECT id FROM core_party WHERE is_customer = 1 "
                                                           "AND status = 'customer' ORDER BY id LIMIT 60"));
    const QList<qint64> warehouses =
        ids(db, QStringLiteral("SELECT id FROM core_warehouse WHERE active = 1 ORDER BY id"));
    const QList<qint64> products = ids(db, QStringLiteral("SELECT id FROM core_product ORDER BY id LIMIT 200"));
    if (customers.isEmpty() || warehouses.isEmpty() || products.isEmpty())
        return;
    UserRepository users(db, QStringLiteral("admin"));
    const auto manager = users.findByLogin(QStringLiteral("li.na"));
    const Session session = users.sessionFor(manager ? *manager : *users.findByLogin(QStringLiteral("admin")));
    const LoanRepository loans(db, QStringLiteral("zhao.lei"), stock);
    const QDate today = QDate::currentDate();

    // What each loan becomes: 0–3 out (0, 1 past due), 4 partly returned, 5
    // returned whole, 6 partly sold, 7 a sample out, past due.
    constexpr int kLoans = 12;
    WriteTransaction tx(db);
    for (int i = 0; i < kLoans; ++i) {
        const int fate = i % 8;
        Loan loan;
        loan.kind = fate == 7 || i % 3 == 2 ? Loan::Kind::Sample : Loan::Kind::Loan;
        loan.customerId = customers.at(int(rng.bounded(quint32(customers.size()))));
        const bool pastDue = fate <= 1 || fate == 4 || fate == 7;
        loan.date = today.addDays(-(pastDue ? 30 + int(rng.bounded(40u)) : 3 + int(rng.bounded(10u))));
        loan.dueDate = pastDue ? today.addDays(-1 - int(rng.bounded(20u))) : today.addDays(7 + int(rng.bounded(21u)));
        const int lines = 1 + int(rng.bounded(3u));
        for (int tries = 0; loan.lines.size() < lines && tries < 50; ++tries) {
            const qint64 product = products.at(int(rng.bounded(quint32(products.size()))));
            const qint64 warehouse = warehouses.at(int(rng.bounded(quint32(warehouses.size()))));
            const Quantity quantity =
                Quantity::fromUnits(loan.kind == Loan::Kind::Sample ? 1 + rng.bounded(2u) : 2 + rng.bounded(6u));
            bool taken = false;
            for (const LoanLine &l : loan.lines)
                taken = taken || l.productId == product;
            if (!taken && stock.onHand(db, product, warehouse) >= quantity)
                loan.lines << LoanLine{0, product, warehouse, quantity, {}, {}, QString()};
        }
        if (loan.lines.isEmpty())
            continue; // nothing in stock to lend
        loans.save(loan);
        loans.post(loan.id);
        loan = *loans.load(loan.id);
        const QDate back = std::min(today, loan.date.addDays(5));
        if (fate == 4 || fate == 5) {
            QList<LoanLineQuantity> returned;
            for (const LoanLine &l : loan.lines)
                returned << LoanLineQuantity{
                    l.id,
                    fate == 5 ? l.quantity
                              : Quantity::fromMilli(std::max<qint64>(1000, l.quantity.milli() / 2000 * 1000)),
                    0, 0};
            if (fate == 4 && returned.size() == 1 && returned.first().quantity == loan.lines.first().quantity)
                continue; // one piece out: nothing to return in part
            loans.returnGoods(loan.id, returned, back);
        } else if (fate == 6) {
            // The customer keeps the first line at the proposed price and returns the rest.
            const LoanSaleProposal proposal = loans.proposeSale(loan.id, session);
            loans.convertToSale(loan.id, {proposal.lines.first()}, session, &session);
            QList<LoanLineQuantity> rest;
            const Loan sold = *loans.load(loan.id);
            for (const LoanLine &l : sold.lines)
                if (l.outstanding().milli() > 0)
                    rest << LoanLineQuantity{l.id, l.outstanding(), 0, 0};
            if (!rest.isEmpty())
                loans.returnGoods(loan.id, rest, back);
        }
    }
    tx.commit();
}

} // namespace Crm::Sales
