#pragma once

#include "model/pricing.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Crm::Sales {

struct SalesLine
{
    qint64 id = 0;
    qint64 productId = 0;
    QString description;
    Quantity quantity;
    qint64 unitId = 0;
    qint64 unitPriceMinor = 0; // in the document's tax mode
    Rate discount;
    Rate tax;
    qint64 sourceLineId = 0; // the quotation line an order line came from
};

// A quotation or a sales order.
struct SalesDocument
{
    enum class Kind { Quotation, Order };
    qint64 id = 0;
    QString uuid;
    Kind kind = Kind::Quotation;
    QString number;
    int revision = 0;
    qint64 revisionOfId = 0;
    qint64 sourceId = 0; // an order's quotation
    qint64 customerId = 0;
    qint64 contactId = 0;
    qint64 salespersonId = 0;
    QDate date;
    QDate validUntil;   // quotations
    QDate deliveryDate; // orders
    QString currency;
    qint64 rateMicros = 1000000;
    qint64 paymentTermsId = 0;
    Pricing::TaxMode taxMode = Pricing::TaxMode::Exclusive;
    Pricing::Rounding rounding = Pricing::Rounding::PerLine;
    Rate discount;
    QString status = QStringLiteral("draft");
    QString statusReason;
    QString notes;
    QString confirmedAt;
    QString confirmedBy;
    QString approvedBy; // a manager's approval of a guardrail breach
    QString approvedAt;
    QList<SalesLine> lines;

    QString kindId() const { return kind == Kind::Quotation ? QStringLiteral("quotation") : QStringLiteral("order"); }
    // The pricing of this document in `baseCurrency`.
    Pricing::Result price(const QString &baseCurrency) const;
    // Whether the document may still be changed: drafts (and quotations not yet
    // accepted, lost or expired).
    bool isEditable() const;

    // Expiry is a function of the date, never a stored change: a draft or sent
    // quotation whose validity ended before `today` is expired. The stored
    // status, as users see it on `today`.
    static QString statusOn(const QString &stored, Kind kind, const QDate &validUntil, const QDate &today);
    // The same rule in SQL, for the sales_document row aliased `alias`, today.
    static QString statusSql(const QString &alias);

    static QStringList quotationStatuses(); // draft, sent, accepted, lost, expired
    // draft, confirmed, partly shipped, shipped (posted by shipments), cancelled
    static QStringList orderStatuses();
    static QString statusTitle(const QString &status);
};

} // namespace Crm::Sales
