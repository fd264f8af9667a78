#include "stocktakeprintdata.h"

#include "db/database.h"
#include "db/error.h"
#include "model/countsheet.h"
#include "model/settings.h"
#include "model/stockdocument.h"
#include "model/stocktake.h"

#include <QLocale>
#include <QSqlQuery>

namespace Crm::Inventory {

QStringList StocktakePrintData::copyMarks()
{
    return {};
}

QString StocktakePrintData::newest(const Database &db)
{
    return db.scalar(QStringLiteral("SELECT number FROM inventory_stocktake ORDER BY doc_date DESC, id DESC LIMIT 1"))
        .toString();
}

QVariantMap StocktakePrintData::context(const Database &db, const QString &number)
{
    const StocktakeRepository repository(db, QString());
    const auto d = repository.load(repository.idOf(number));
    if (!d)
        throw Error(tr("There is no stocktake %1.").arg(number));
    const QLocale locale;
    const bool posted = d->status != QLatin1String("draft");
    // Posted, the on-hand the variance was measured against replaces the book quantity.
    const bool showBook = !posted && CountSheet::showsBook(db);
    QSqlQuery w =
        db.exec(QStringLiteral("SELECT code, name, address FROM core_warehouse WHERE id = ?"), {d->warehouseId});
    w.next();
    auto quantity = [&](const std::optional<Quantity> &q) { return q ? q->toString(locale) : QString(); };
    QVariantList lines;
    for (const StocktakeLine &l : d->lines) {
        QString variance = quantity(l.variance);
        if (l.variance && l.variance->milli() > 0)
            variance.prepend(QLatin1Char('+'));
        lines << QVariantMap{{QStringLiteral("no"), lines.size() + 1},
                             {QStringLiteral("code"), l.code},
                             {QStringLiteral("name"), l.name},
                             {QStringLiteral("specification"), l.specification},
                             {QStringLiteral("unit"), l.unit},
                             {QStringLiteral("show_book"), showBook},
                             {QStringLiteral("book"), l.book.toString(locale)},
                             {QStringLiteral("posted"), posted},
                             {QStringLiteral("onhand"), quantity(l.onHandAtPost)},
                             {QStringLiteral("counted"), posted ? quantity(l.counted) : QString()},
                             {QStringLiteral("variance"), variance}};
    }
    const QVariantMap document{
        {QStringLiteral("title"), tr("Stocktake count sheet")},
        {QStringLiteral("number"), d->number},
        {QStringLiteral("date"), locale.toString(d->date, QLocale::ShortFormat)},
        {QStringLiteral("warehouse"), QStringLiteral("%1 %2").arg(w.value(0).toString(), w.value(1).toString())},
        {QStringLiteral("warehouse_address"), w.value(2)},
        {QStringLiteral("status"), StockDocumentRepository::statusTitle(d->status)},
        {QStringLiteral("posted"), posted},
        {QStringLiteral("show_book"), showBook},
        {QStringLiteral("line_count"), d->lines.size()},
        {QStringLiteral("notes"), d->notes}};
    const QVariantMap labels{{QStringLiteral("warehouse"), tr("Warehouse")},
                             {QStringLiteral("date"), tr("Date")},
                             {QStringLiteral("status"), tr("Status")},
                             {QStringLiteral("lines"), tr("Lines")},
                             {QStringLiteral("no"), tr("No.")},
                             {QStringLiteral("code"), tr("Code")},
                             {QStringLiteral("product"), tr("Product")},
                             {QStringLiteral("unit"), tr("Unit")},
                             {QStringLiteral("book"), tr("Book qty")},
                             {QStringLiteral("onhand"), tr("On hand")},
                             {QStringLiteral("counted"), tr("Counted")},
                             {QStringLiteral("variance"), tr("Variance")},
                             {QStringLiteral("remarks"), tr("Remarks")},
                             {QStringLiteral("notes"), tr("Notes")},
                             {QStringLiteral("counted_by"), tr("Counted by (signature, date)")},
                             {QStringLiteral("checked_by"), tr("Checked by (signature, date)")}};
    return {{QStringLiteral("company"), QVariantMap{{QStringLiteral("name"), Settings(db).companyName()}}},
            {QStringLiteral("document"), document},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("labels"), labels}};
}

} // namespace Crm::Inventory
