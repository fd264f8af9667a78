#include "salesprintdata.h"

#include "db/database.h"
#include "db/sqltext.h"
#include "db/error.h"
#include "model/salesdocumentrepository.h"
#include "model/settings.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>

namespace Crm::Sales {

namespace {
QString money(qint64 minor, const QString &currency, const QLocale &locale)
{
    return Money(minor, currency).toString(locale, false, true);
}
} // namespace

QStringList SalesPrintData::quotationCopyMarks()
{
    return {tr("Customer copy"), tr("File copy")};
}

QStringList SalesPrintData::orderCopyMarks()
{
    return {tr("Customer copy"), tr("Warehouse copy"), tr("Accounting copy")};
}

namespace {
QString newest(const Database &db, const QString &kind)
{
    return db
        .scalar(QStringLiteral("SELECT number FROM sales_document WHERE kind = ? "
                               "ORDER BY doc_date DESC, id DESC LIMIT 1"),
                {kind})
        .toString();
}
} // namespace

QString SalesPrintData::newestQuotation(const Database &db)
{
    return newest(db, QStringLiteral("quotation"));
}

QString SalesPrintData::newestOrder(const Database &db)
{
    return newest(db, QStringLiteral("order"));
}

QVariantMap SalesPrintData::letterhead(const Database &db)
{
    const Settings settings(db);
    QVariantMap company{{QStringLiteral("name"), settings.companyName()},
                        {QStringLiteral("address"), settings.value(QStringLiteral("company.address"))},
                        {QStringLiteral("phone"), settings.value(QStringLiteral("company.phone"))},
                        {QStringLiteral("tax_id"), settings.value(QStringLiteral("company.tax_id"))},
                        {QStringLiteral("bank"), settings.value(QStringLiteral("company.bank"))}};
    const QString logo = settings.value(QStringLiteral("company.logo"));
    if (!logo.isEmpty() && QFileInfo::exists(logo))
        company.insert(QStringLiteral("logo"), QUrl::fromLocalFile(logo).toString());
    return company;
}

QVariantMap SalesPrintData::context(const Database &db, const QString &number)
{
    const QVariant id = db.scalar(QStringLiteral("SELECT id FROM sales_document WHERE number = ?"), {number});
    if (!id.isValid())
        throw Error(tr("There is no quotation or sales order %1.").arg(number));
    const SalesDocument d = *SalesDocumentRepository(db, QString()).load(id.toLongLong());
    const Settings settings(db);
    const QString base = settings.baseCurrency();
    const Pricing::Result priced = d.price(base);
    const QLocale locale;
    const bool quotation = d.kind == SalesDocument::Kind::Quotation;

    const QVariantMap company = letterhead(db);

    QSqlQuery c = db.exec(QStringLiteral("SELECT code, name, address, phone, tax_id FROM core_party WHERE id = ?"),
                          {d.customerId});
    c.next();
    QVariantMap customer{{QStringLiteral("code"), c.value(0)},
                         {QStringLiteral("name"), c.value(1)},
                         {QStringLiteral("address"), c.value(2)},
                         {QStringLiteral("phone"), c.value(3)},
                         {QStringLiteral("tax_id"), c.value(4)}};
    if (d.contactId > 0) {
        QSqlQuery k =
            db.exec(QStringLiteral("SELECT name, mobile, phone FROM core_contact WHERE id = ?"), {d.contactId});
        if (k.next())
            customer.insert(QStringLiteral("contact"),
                            QStringLiteral("%1 %2").arg(k.value(0).toString(), k.value(1).toString().isEmpty()
                                                                                   ? k.value(2).toString()
                                                                                   : k.value(1).toString()));
    }

    QVariantList lines;
    for (int i = 0; i < d.lines.size(); ++i) {
        const SalesLine &l = d.lines.at(i);
        QSqlQuery p =
            db.exec(QStringLiteral("SELECT p.code, p.name, p.specification, COALESCE(u.name, '') "
                                   "FROM core_product p LEFT JOIN core_unit u ON u.id = COALESCE(?, p.unit_id) "
                                   "WHERE p.id = ?"),
                    {SqlText::idOrNull(l.unitId), l.productId});
        const bool hasProduct = p.next();
        lines << QVariantMap{
            {QStringLiteral("no"), i + 1},
            {QStringLiteral("code"), hasProduct ? p.value(0).toString() : QString()},
            {QStringLiteral("name"), l.description.isEmpty() && hasProduct ? p.value(1).toString() : l.description},
            {QStringLiteral("specification"), hasProduct ? p.value(2).toString() : QString()},
            {QStringLiteral("unit"), hasProduct ? p.value(3).toString() : QString()},
            {QStringLiteral("quantity"), l.quantity.toString(locale)},
            {QStringLiteral("price"), money(l.unitPriceMinor, d.currency, locale)},
            {QStringLiteral("discount"), l.discount.basisPoints() ? l.discount.toString(locale) : QString()},
            {QStringLiteral("tax"), l.tax.toString(locale)},
            {QStringLiteral("amount"), money(priced.lines.at(i).amount.minor(), d.currency, locale)}};
    }
    QVariantList taxes;
    for (auto it = priced.taxes.cbegin(); it != priced.taxes.cend(); ++it)
        taxes << QVariantMap{{QStringLiteral("rate"), Rate::fromBasisPoints(it.key()).toString(locale)},
                             {QStringLiteral("tax"), money(it.value().tax.minor(), d.currency, locale)}};
    const QString terms =
        db.scalar(QStringLiteral("SELECT name FROM core_payment_terms WHERE id = ?"), {d.paymentTermsId}).toString();
    const QString salesperson =
        db.scalar(QStringLiteral("SELECT name FROM core_user WHERE id = ?"), {d.salespersonId}).toString();

    const QVariantMap document{
        {QStringLiteral("title"), quotation ? tr("Quotation") : tr("Sales order")},
        {QStringLiteral("number"), d.number},
        {QStringLiteral("date"), locale.toString(d.date, QLocale::ShortFormat)},
        {QStringLiteral("until_label"), quotation ? tr("Valid until") : tr("Delivery date")},
        {QStringLiteral("until"), locale.toString(quotation ? d.validUntil : d.deliveryDate, QLocale::ShortFormat)},
        {QStringLiteral("currency"), d.currency},
        {QStringLiteral("terms"), terms},
        {QStringLiteral("salesperson"), salesperson},
        {QStringLiteral("notes"), d.notes},
        {QStringLiteral("tax_mode"),
         d.taxMode == Pricing::TaxMode::Inclusive ? tr("Prices include tax") : tr("Prices exclude tax")}};
    QVariantMap totals{{QStringLiteral("gross"), money(priced.gross.minor(), d.currency, locale)},
                       {QStringLiteral("discount"), money(priced.discount.minor(), d.currency, locale)},
                       {QStringLiteral("has_discount"), priced.discount.minor() != 0},
                       {QStringLiteral("net"), money(priced.net.minor(), d.currency, locale)},
                       {QStringLiteral("tax"), money(priced.tax.minor(), d.currency, locale)},
                       {QStringLiteral("total"), money(priced.total.minor(), d.currency, locale)},
                       {QStringLiteral("taxes"), taxes}};
    if (d.currency != base)
        totals.insert(QStringLiteral("base"), Money(priced.totalBase.minor(), base).toString(locale, true, true));
    const QVariantMap labels{
        {QStringLiteral("customer"), tr("Customer")},
        {QStringLiteral("contact"), tr("Contact")},
        {QStringLiteral("number"), tr("Number")},
        {QStringLiteral("date"), tr("Date")},
        {QStringLiteral("currency"), tr("Currency")},
        {QStringLiteral("terms"), tr("Payment terms")},
        {QStringLiteral("salesperson"), tr("Salesperson")},
        {QStringLiteral("no"), tr("No.")},
        {QStringLiteral("code"), tr("Code")},
        {QStringLiteral("product"), tr("Product")},
        {QStringLiteral("specification"), tr("Specification")},
        {QStringLiteral("quantity"), tr("Qty")},
        {QStringLiteral("unit"), tr("Unit")},
        {QStringLiteral("price"), tr("Unit price")},
        {QStringLiteral("discount"), tr("Disc.")},
        {QStringLiteral("amount"), tr("Amount")},
        {QStringLiteral("gross"), tr("Subtotal")},
        {QStringLiteral("discounts"), tr("Discounts")},
        {QStringLiteral("net"), tr("Total before tax")},
        {QStringLiteral("tax"), tr("Tax")},
        {QStringLiteral("total"), tr("Total")},
        {QStringLiteral("base"), tr("In %1").arg(base)},
        {QStringLiteral("tax_id"), tr("Tax id")},
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("bank"), tr("Bank")},
        {QStringLiteral("notes"), tr("Notes")},
        {QStringLiteral("issued_by"), tr("Issued by")},
        {QStringLiteral("accepted_by"), quotation ? tr("Accepted by the customer") : tr("Received by the customer")}};
    return {{QStringLiteral("company"), company},   {QStringLiteral("customer"), customer},
            {QStringLiteral("document"), document}, {QStringLiteral("lines"), lines},
            {QStringLiteral("totals"), totals},     {QStringLiteral("labels"), labels}};
}

} // namespace Crm::Sales
