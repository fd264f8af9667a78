#include "salesdemo.h"

#include "auth/userrepository.h"
#include "db/database.h"
#include "model/loandemo.h"
#include "model/salesdocumentrepository.h"
#include "model/shippingdemo.h"
#include "services/stockservice.h"
#include "module/registry.h"

#include <QScopeGuard>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace Crm::Sales {

void createDemoDocuments(const Database &db, unsigned seed, const StockService *stock)
{
    QRandomGenerator rng(seed * 31u + 7u);
    struct Customer
    {
        qint64 id;
        qint64 owner;
        qint64 contact;
        QString currency;
    };
    QList<Customer> customers;
    QSqlQuery c = db.exec(
        QStringLiteral("SELECT p.id, COALESCE(p.owner_id, 0), COALESCE((SELECT min(k.id) FROM core_contact k WHERE "
                       "k.party_id = p.id), 0), "
                       "p.currency FROM core_party p WHERE p.is_customer = 1 AND p.status IN ('customer', 'prospect') "
                       "ORDER BY p.id LIMIT 400"));
    while (c.next())
        customers << Customer{c.value(0).toLongLong(), c.value(1).toLongLong(), c.value(2).toLongLong(),
                              c.value(3).toString()};
    struct Item
    {
        qint64 id;
        qint64 price;
        qint32 tax;
    };
    QList<Item> products;
    QSqlQuery p =
        db.exec(QStringLiteral("SELECT p.id, p.sale_price_minor, COALESCE(t.rate_bp, 1300) FROM core_product p "
                               "LEFT JOIN core_tax_rate t ON t.id = p.tax_rate_id ORDER BY p.id LIMIT 200"));
    while (p.next())
        products << Item{p.value(0).toLongLong(), p.value(1).toLongLong(), p.value(2).toInt()};
    if (customers.isEmpty() || products.isEmpty())
        return;
    QHash<QString, qint64> rates;
    QSqlQuery r = db.exec(QStringLiteral("SELECT code, rate_micros FROM core_currency"));
    while (r.next())
        rates.insert(r.value(0).toString(), r.value(1).toLongLong());

    SalesDocumentRepository repo(db, QStringLiteral("admin"), stock);
    UserRepository users(db, QStringLiteral("admin"));
    const auto approver = users.findByLogin(QStringLiteral("li.na"));
    const Session manager = users.sessionFor(approver ? *approver : *users.findByLogin(QStringLiteral("admin")));
    const QDate today = QDate::currentDate();
    const QStringList lostReasons{QStringLiteral("价格太高 Price too high"), QStringLiteral("Eligió a la competencia"),
                                  QStringLiteral("Project postponed")};
    WriteTransaction tx(db);
    const int count = std::min<int>(int(customers.size()) * 2, 600);
    for (int i = 0; i < count; ++i) {
        const Customer &cu = customers.at(int(rng.bounded(quint32(customers.size()))));
        SalesDocument q;
        q.customerId = cu.id;
        q.contactId = cu.contact;
        q.salespersonId = cu.owner;
        q.date = today.addDays(-int(rng.bounded(365u)));
        q.validUntil = q.date.addDays(30);
        q.currency = rates.contains(cu.currency) ? cu.currency : QStringLiteral("CNY");
        q.rateMicros = rates.value(q.currency, 1000000);
        q.taxMode = rng.bounded(4u) == 0 ? Pricing::TaxMode::Inclusive : Pricing::TaxMode::Exclusive;
        const int lines = 1 + int(rng.bounded(8u));
        for (int l = 0; l < lines; ++l) {
            const Item &it = products.at(int(rng.bounded(quint32(products.size()))));
            // Prices in the document currency, from the base price list.
            const qint64 price = std::max<qint64>(1, it.price * 1000000 / std::max<qint64>(1, q.rateMicros));
            q.lines << SalesLine{0,
                                 it.id,
                                 QString(),
                                 Quantity::fromUnits(1 + qint64(rng.bounded(50u))),
                                 0,
                                 price,
                                 Rate::fromPercent(int(rng.bounded(3u)) * 5),
                                 Rate::fromBasisPoints(it.tax)};
        }
        repo.save(q);
        const int fate = int(rng.bounded(10u));
        if (fate == 0)
            continue; // still a draft
        // What happened to it happened while it was valid; one left sent
        // (fate 2 or 3) reads as expired once its validity has passed.
        repo.setToday(q.date);
        const auto back = qScopeGuard([&repo] { repo.setToday(QDate()); });
        repo.setStatus(q.id, QStringLiteral("sent"));
        if (fate == 1) {
            repo.setStatus(q.id, QStringLiteral("lost"), lostReasons.at(int(rng.bounded(3u))));
        } else if (fate >= 4) {
            const qint64 orderId = repo.convertToOrder(q.id);
            SalesDocument o = *repo.load(orderId);
            o.date = q.date.addDays(int(rng.bounded(10u)));
            o.deliveryDate = o.date.addDays(7 + int(rng.bounded(30u)));
            repo.save(o);
            if (fate != 4) {
                // Orders over the credit limit get the manager's approval first.
                if (!repo.breaches(o).isEmpty())
                    repo.approve(orderId, manager);
                repo.setStatus(orderId, QStringLiteral("confirmed"));
            }
        }
    }
    tx.commit();
}

void setupDemo(Registry &registry)
{
    registry.addDemoStep({QStringLiteral("sales.documents"),
                          [](const Database &db, quint32 seed, const Registry &r) {
                              createDemoDocuments(db, seed, r.service<StockService>());
                          }});
    registry.addDemoStep({QStringLiteral("sales.shipping"), [](const Database &db, quint32 seed, const Registry &r) {
                              if (const StockService *stock = r.service<StockService>())
                                  createDemoShipping(db, seed, *stock);
                          }});
    registry.addDemoStep({QStringLiteral("sales.loans"), [](const Database &db, quint32 seed, const Registry &r) {
                              if (const StockService *stock = r.service<StockService>())
                                  createDemoLoans(db, seed, *stock);
                          }});
}

} // namespace Crm::Sales
