#pragma once

#include "auth/user.h"
#include "model/guardrails.h"
#include "model/salesdocument.h"

#include <QCoreApplication>
#include <optional>

namespace Crm {
class Database;
class StockService;
} // namespace Crm

namespace Crm::Sales {

// A price a customer paid: from a confirmed order.
struct LastPrice
{
    QDate date;
    QString number;
    Quantity quantity;
    qint64 unitPriceMinor = 0;
    QString currency;
    Pricing::TaxMode taxMode = Pricing::TaxMode::Exclusive;
};

// Quotations and sales orders: the only writer of sales_document(_line). Every
// amount comes from Pricing::price(); status changes follow the document's rules.
class SalesDocumentRepository
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Sales::SalesDocumentRepository)
public:
    // With `stock` (the inventory module loaded), an order's status changes keep
    // its stock reservation in step (syncOrderReservation).
    SalesDocumentRepository(const Database &db, QString actor, const StockService *stock = nullptr)
        : m_db(db)
        , m_actor(std::move(actor))
        , m_stock(stock)
    {}

    // The day expiry is read against (SalesDocument::statusOn): today, unless
    // set — the demo acts on each document on the day it was made.
    void setToday(const QDate &day) { m_today = day; }

    // Saves an editable document with its lines in one transaction, numbering a
    // new one. Throws Crm::Error naming the field; a confirmed order is refused.
    void save(SalesDocument &document) const;
    std::optional<SalesDocument> load(qint64 id) const;
    QString numberOf(qint64 id) const;
    void validate(const SalesDocument &document) const;

    // Quotations: draft → sent; draft/sent → accepted, lost (with a reason), expired.
    // Orders: draft → confirmed; draft/confirmed → cancelled (with a reason).
    void setStatus(qint64 id, const QString &status, const QString &reason = {}) const;

    // A new draft quotation with the same customer and lines.
    qint64 copyQuotation(qint64 id) const;
    // A new revision of a quotation: same number with the revision after it; the
    // previous one is kept as it was.
    qint64 revise(qint64 id) const;
    // A confirmed order is not edited: amending it cancels it (the reason names the
    // amendment) and returns a new draft revision (SO-A-000001-R1) with the same
    // lines and links, to change and confirm again.
    qint64 amend(qint64 orderId) const;
    // A draft order from a quotation (every line, or the chosen ones), linked both
    // ways; the quotation becomes accepted.
    qint64 convertToOrder(qint64 quotationId, const QList<qint64> &lineIds = {}) const;

    // What the document breaks (discount caps of the saving user's role, price
    // below cost, credit limit); a document with breaches needs an approval to be
    // confirmed.
    QList<Breach> breaches(const SalesDocument &document) const;
    // Records `approver`'s approval (who and when); refused unless they may approve.
    void approve(qint64 id, const Session &approver) const;


    // The prices the customer paid for the product, newest first, from confirmed orders, shipped or not.
    QList<LastPrice> lastPrices(qint64 customerId, qint64 productId, int limit = 5) const;

private:
    qint64 newRevision(const SalesDocument &document) const;
    void writeLines(SalesDocument &document, const Pricing::Result &priced, const QString &now) const;
    const Database &m_db;
    QString m_actor;
    QDate m_today;
    const StockService *m_stock = nullptr;
};

} // namespace Crm::Sales
