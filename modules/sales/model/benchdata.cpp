#include "benchdata.h"

#include "db/database.h"
#include "db/error.h"
#include "model/settings.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Crm::Sales::BenchData {

namespace {
QStringList codes(const Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q = db.exec(sql);
    while (q.next())
        out << q.value(0).toString();
    return out;
}
} // namespace

void prepare(const Database &db)
{
    WriteTransaction tx(db);
    db.exec(QStringLiteral("UPDATE core_party SET credit_limit_minor = 0"));
    db.exec(QStringLiteral("UPDATE core_product SET cost_minor = 0"));
    tx.commit();
}

SalesDocument draft(const Database &db, SalesDocument::Kind kind, int lines)
{
    SalesDocument d;
    d.kind = kind;
    d.customerId = db.scalar(QStringLiteral("SELECT min(id) FROM core_party WHERE is_customer = 1")).toLongLong();
    d.date = QDate::currentDate();
    d.currency = Settings(db).baseCurrency();
    QSqlQuery p =
        db.exec(QStringLiteral("SELECT id, name, sale_price_minor FROM core_product ORDER BY id LIMIT ?"), {lines});
    QList<SalesLine> products;
    while (p.next())
        products << SalesLine{
            0,      p.value(0).toLongLong(), p.value(1).toString(), Quantity::fromUnits(1), 0, p.value(2).toLongLong(),
            Rate(), Rate::fromPercent(13)};
    if (products.isEmpty())
        throw Error(
            QCoreApplication::translate("Crm::Sales::SalesBench", "The database has no products; run the demo first."));
    for (int i = 0; i < lines; ++i) {
        SalesLine l = products.at(i % products.size());
        l.quantity = Quantity::fromUnits(1 + i % 7);
        d.lines << l;
    }
    return d;
}

void touch(const Database &db, qint64 documentId, int round)
{
    WriteTransaction tx(db);
    db.exec(QStringLiteral("UPDATE sales_document SET status_reason = ? WHERE id = ?"),
            {QString::number(round), documentId});
    tx.commit();
}

qint64 firstWarehouse(const Database &db)
{
    return db.scalar(QStringLiteral("SELECT min(id) FROM core_warehouse")).toLongLong();
}

KeyboardEntryFixture keyboardEntry(const Database &db)
{
    KeyboardEntryFixture f;
    f.pageId = QStringLiteral("sales.page.orders");
    f.parties = codes(db, QStringLiteral("SELECT code FROM core_party WHERE is_customer = 1 ORDER BY id LIMIT 5"));
    f.items = codes(db, QStringLiteral("SELECT code FROM core_product WHERE active = 1 ORDER BY id LIMIT 5"));
    f.quantities = {QStringLiteral("3"), QStringLiteral("12"), QStringLiteral("1"), QStringLiteral("2.5"),
                    QStringLiteral("40")};
    if (f.parties.size() < 5 || f.items.size() < 5)
        throw Error(QCoreApplication::translate("Crm::Sales::SalesBench",
                                                "The database needs 5 customers and 5 products; run the demo first."));
    const int lines = int(f.items.size());
    f.done = [&db, lines](const QString &customer) {
        return db.scalar(QStringLiteral("SELECT count(*) FROM sales_document d JOIN core_party c ON c.id = "
                                        "d.customer_id JOIN sales_document_line l ON l.document_id = d.id "
                                        "WHERE c.code = ? AND d.status = 'confirmed' AND d.id = "
                                        "(SELECT max(id) FROM sales_document WHERE kind = 'order')"),
                         {customer})
                   .toInt() == lines;
    };
    return f;
}

} // namespace Crm::Sales::BenchData
