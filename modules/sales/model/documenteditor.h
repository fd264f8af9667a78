#pragma once

#include "auth/user.h"
#include "model/guardrails.h"
#include "model/salescatalog.h"
#include "model/salesdocumentrepository.h"

#include <QHash>
#include <QObject>

namespace Crm {
class Database;
class StockService;
}

namespace Crm::Sales {

// A quotation or order being entered: the document, its pricing and guardrail
// breaches kept current after every change, and the rules of entry (a customer's
// defaults, a product's defaults and last price, the unit price typed with or
// without tax). The form shows it; it holds no widget.
class DocumentEditor : public QObject
{
    Q_OBJECT
public:
    // `id` 0: a new document of `kind` for the session's user.
    // `stock` (may be null): the stock ledger that confirmed orders reserve in.
    DocumentEditor(const Database &db, const Session &session, SalesDocument::Kind kind, qint64 id,
                   const StockService *stock = nullptr, QObject *parent = nullptr);

    const SalesDocument &document() const { return m_doc; }
    bool isEditable() const { return m_doc.isEditable(); }
    bool isDirty() const { return m_dirty; }
    QString baseCurrency() const { return m_base; }
    const Pricing::Result &priced() const { return m_priced; }
    const QList<Breach> &breaches() const { return m_breaches; }
    QList<Breach> lineBreaches(int row) const;
    const Database &database() const { return m_db; }
    const Session &session() const { return m_session; }
    // The repository for this user, keeping stock reservations in step.
    SalesDocumentRepository repository() const;

    // Header. A customer brings its currency (and rate), payment terms, primary
    // contact and salesperson (its owner, else the user).
    void setCustomer(qint64 customerId);
    void setContact(qint64 id);
    void setSalesperson(qint64 id);
    void setDate(const QDate &date);
    void setUntil(const QDate &date); // validity (quotation) or delivery (order)
    void setCurrency(const QString &code);
    void setRateMicros(qint64 rate);
    void setPaymentTerms(qint64 id);
    // Unit prices are converted so that every line keeps its amounts.
    void setTaxMode(Pricing::TaxMode mode);
    void setRounding(Pricing::Rounding rounding);
    void setDiscount(Rate discount);
    void setNotes(const QString &notes);

    // Lines. Row == lineCount() appends.
    int lineCount() const { return int(m_doc.lines.size()); }
    const SalesLine &line(int row) const { return m_doc.lines.at(row); }
    const ProductFacts *product(qint64 id) const;
    // Sets the product with its description, unit and tax, and proposes the price
    // the customer last paid (else the list price in the document's currency).
    void setLineProduct(int row, qint64 productId);
    void setLineDescription(int row, const QString &text);
    void setLineQuantity(int row, Quantity quantity);
    void setLineUnitPrice(int row, qint64 exclusiveMinor);
    void setLineInclusivePrice(int row, qint64 inclusiveMinor);
    void setLineDiscount(int row, Rate discount);
    void setLineTax(int row, Rate tax);
    void removeLine(int row);
    // The line's unit price without and with tax, whatever the document's mode.
    qint64 exclusivePrice(int row) const;
    qint64 inclusivePrice(int row) const;
    // What the customer paid for the line's product, newest first.
    QList<LastPrice> lastPrices(int row) const;
    // Takes a price the customer paid for the line. Throws Crm::Error when it was
    // in another currency.
    void applyLastPrice(int row, const LastPrice &price);

    // Saves (numbering a new document). Throws Crm::Error naming the field.
    void save();
    // Orders: saves and confirms; quotations: saves and marks as sent. Throws
    // Crm::Error with field "approval" when a breach needs a manager's approval.
    void advance();
    // Records the approval of `approver` (saving first).
    void approve(const Session &approver);
    // Loads the stored document again (after a status change elsewhere).
    void reload();

signals:
    void changed();          // any value, amount or breach
    void headerChanged();    // customer, currency or other header fields
    void lineAboutToBeInserted(int row);
    void lineInserted(int row);
    void lineAboutToBeRemoved(int row);
    void lineRemoved(int row);

private:
    SalesLine &editLine(int row);
    qint64 convertPrice(qint64 minor, const QString &from, qint64 fromRate) const;
    void refreshLimits();
    void recompute();

    const Database &m_db;
    const Session &m_session;
    const StockService *m_stock = nullptr;
    QString m_base;
    SalesDocument m_doc;
    Pricing::Result m_priced;
    QList<Breach> m_breaches;
    GuardrailLimits m_limits;
    QHash<qint64, qint64> m_costs;
    mutable QHash<qint64, ProductFacts> m_products;
    bool m_dirty = false;
};

} // namespace Crm::Sales
