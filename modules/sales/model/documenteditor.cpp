#include "documenteditor.h"

#include "db/database.h"
#include "db/error.h"
#include "model/decimal.h"
#include "model/salessettings.h"
#include "model/settings.h"

namespace Crm::Sales {

DocumentEditor::DocumentEditor(const Database &db, const Session &session, SalesDocument::Kind kind, qint64 id,
                               const StockService *stock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_session(session)
    , m_stock(stock)
    , m_base(Settings(db).baseCurrency())
{
    if (id > 0) {
        if (auto d = repository().load(id))
            m_doc = *d;
        else
            throw Error(tr("The document no longer exists."));
    } else {
        const SalesSettings settings = SalesSettings::load(db);
        m_doc.kind = kind;
        m_doc.date = QDate::currentDate();
        m_doc.currency = m_base;
        m_doc.salespersonId = session.user().id;
        m_doc.taxMode = settings.taxMode;
        m_doc.rounding = settings.rounding;
        if (kind == SalesDocument::Kind::Quotation)
            m_doc.validUntil = m_doc.date.addDays(settings.validityDays);
        else
            m_doc.deliveryDate = m_doc.date.addDays(settings.deliveryDays);
    }
    refreshLimits();
    recompute();
}

QList<Breach> DocumentEditor::lineBreaches(int row) const
{
    QList<Breach> out;
    for (const Breach &b : m_breaches)
        if (b.line == row)
            out << b;
    return out;
}

void DocumentEditor::setCustomer(qint64 customerId)
{
    if (customerId == m_doc.customerId)
        return;
    m_doc.customerId = customerId;
    if (const auto c = SalesCatalog::customer(m_db, customerId)) {
        m_doc.contactId = c->primaryContactId;
        if (c->paymentTermsId > 0)
            m_doc.paymentTermsId = c->paymentTermsId;
        if (c->ownerId > 0)
            m_doc.salespersonId = c->ownerId;
        if (m_doc.lines.isEmpty())
            setCurrency(c->currency.isEmpty() ? m_base : c->currency);
    } else {
        m_doc.contactId = 0;
    }
    refreshLimits();
    m_dirty = true;
    recompute();
    emit headerChanged();
}

void DocumentEditor::setContact(qint64 id)
{
    m_doc.contactId = id;
    m_dirty = true;
}

void DocumentEditor::setSalesperson(qint64 id)
{
    m_doc.salespersonId = id;
    m_dirty = true;
}

void DocumentEditor::setDate(const QDate &date)
{
    m_doc.date = date;
    m_dirty = true;
}

void DocumentEditor::setUntil(const QDate &date)
{
    (m_doc.kind == SalesDocument::Kind::Quotation ? m_doc.validUntil : m_doc.deliveryDate) = date;
    m_dirty = true;
}

void DocumentEditor::setCurrency(const QString &code)
{
    if (code == m_doc.currency)
        return;
    m_doc.currency = code;
    m_doc.rateMicros = code == m_base ? 1000000 : SalesCatalog::rateMicros(m_db, code);
    m_dirty = true;
    recompute();
    emit headerChanged();
}

void DocumentEditor::setRateMicros(qint64 rate)
{
    m_doc.rateMicros = rate;
    m_dirty = true;
    recompute();
}

void DocumentEditor::setPaymentTerms(qint64 id)
{
    m_doc.paymentTermsId = id;
    m_dirty = true;
}

void DocumentEditor::setTaxMode(Pricing::TaxMode mode)
{
    if (mode == m_doc.taxMode)
        return;
    for (SalesLine &l : m_doc.lines)
        l.unitPriceMinor = mode == Pricing::TaxMode::Inclusive
                               ? Pricing::inclusiveFromExclusive(l.unitPriceMinor, l.tax)
                               : Pricing::exclusiveFromInclusive(l.unitPriceMinor, l.tax);
    m_doc.taxMode = mode;
    m_dirty = true;
    recompute();
}

void DocumentEditor::setRounding(Pricing::Rounding rounding)
{
    m_doc.rounding = rounding;
    m_dirty = true;
    recompute();
}

void DocumentEditor::setDiscount(Rate discount)
{
    m_doc.discount = discount;
    m_dirty = true;
    recompute();
}

void DocumentEditor::setNotes(const QString &notes)
{
    m_doc.notes = notes;
    m_dirty = true;
}

const ProductFacts *DocumentEditor::product(qint64 id) const
{
    if (id <= 0)
        return nullptr;
    auto it = m_products.find(id);
    if (it == m_products.end()) {
        const auto facts = SalesCatalog::product(m_db, id, m_base);
        if (!facts)
            return nullptr;
        it = m_products.insert(id, *facts);
    }
    return &it.value();
}

SalesLine &DocumentEditor::editLine(int row)
{
    if (row == m_doc.lines.size()) {
        SalesLine l;
        l.quantity = Quantity::fromUnits(1);
        emit lineAboutToBeInserted(row);
        m_doc.lines << l;
        emit lineInserted(row);
    }
    m_dirty = true;
    return m_doc.lines[row];
}

qint64 DocumentEditor::convertPrice(qint64 minor, const QString &from, qint64 fromRate) const
{
    if (from == m_doc.currency)
        return minor;
    // from → base → document currency, rounding once, half-up.
    const __int128 num = __int128(minor) * fromRate * Decimal::pow10(Money::decimalsFor(m_doc.currency));
    const __int128 den = __int128(Decimal::pow10(Money::decimalsFor(from))) * m_doc.rateMicros;
    const __int128 q = (2 * (num < 0 ? -num : num) + den) / (2 * den);
    return qint64(num < 0 ? -q : q);
}

void DocumentEditor::setLineProduct(int row, qint64 productId)
{
    const ProductFacts *p = product(productId);
    if (!p)
        return;
    SalesLine &l = editLine(row);
    l.productId = p->id;
    l.description = p->specification.isEmpty() ? p->name : p->name + QStringLiteral(" ") + p->specification;
    l.unitId = p->unitId;
    l.tax = p->tax;
    qint64 exclusive = convertPrice(p->salePriceMinor, p->currency,
                                    p->currency == m_base ? 1000000 : SalesCatalog::rateMicros(m_db, p->currency));
    const QList<LastPrice> last =
        repository().lastPrices(m_doc.customerId, productId, 1);
    if (!last.isEmpty() && last.first().currency == m_doc.currency)
        exclusive = last.first().taxMode == Pricing::TaxMode::Exclusive
                        ? last.first().unitPriceMinor
                        : Pricing::exclusiveFromInclusive(last.first().unitPriceMinor, l.tax);
    l.unitPriceMinor =
        m_doc.taxMode == Pricing::TaxMode::Exclusive ? exclusive : Pricing::inclusiveFromExclusive(exclusive, l.tax);
    recompute();
}

void DocumentEditor::setLineDescription(int row, const QString &text)
{
    editLine(row).description = text;
    recompute();
}

void DocumentEditor::setLineQuantity(int row, Quantity quantity)
{
    editLine(row).quantity = quantity;
    recompute();
}

void DocumentEditor::setLineUnitPrice(int row, qint64 exclusiveMinor)
{
    SalesLine &l = editLine(row);
    l.unitPriceMinor = m_doc.taxMode == Pricing::TaxMode::Exclusive
                           ? exclusiveMinor
                           : Pricing::inclusiveFromExclusive(exclusiveMinor, l.tax);
    recompute();
}

void DocumentEditor::setLineInclusivePrice(int row, qint64 inclusiveMinor)
{
    SalesLine &l = editLine(row);
    l.unitPriceMinor = m_doc.taxMode == Pricing::TaxMode::Inclusive
                           ? inclusiveMinor
                           : Pricing::exclusiveFromInclusive(inclusiveMinor, l.tax);
    recompute();
}

void DocumentEditor::setLineDiscount(int row, Rate discount)
{
    editLine(row).discount = discount;
    recompute();
}

void DocumentEditor::setLineTax(int row, Rate tax)
{
    editLine(row).tax = tax;
    recompute();
}

void DocumentEditor::removeLine(int row)
{
    if (row < 0 || row >= m_doc.lines.size())
        return;
    emit lineAboutToBeRemoved(row);
    m_doc.lines.removeAt(row);
    m_dirty = true;
    emit lineRemoved(row);
    recompute();
}

qint64 DocumentEditor::exclusivePrice(int row) const
{
    const SalesLine &l = line(row);
    return m_doc.taxMode == Pricing::TaxMode::Exclusive ? l.unitPriceMinor
                                                        : Pricing::exclusiveFromInclusive(l.unitPriceMinor, l.tax);
}

qint64 DocumentEditor::inclusivePrice(int row) const
{
    const SalesLine &l = line(row);
    return m_doc.taxMode == Pricing::TaxMode::Inclusive ? l.unitPriceMinor
                                                        : Pricing::inclusiveFromExclusive(l.unitPriceMinor, l.tax);
}

QList<LastPrice> DocumentEditor::lastPrices(int row) const
{
    if (row < 0 || row >= m_doc.lines.size() || m_doc.lines.at(row).productId <= 0)
        return {};
    return repository()
        .lastPrices(m_doc.customerId, m_doc.lines.at(row).productId, 10);
}

void DocumentEditor::applyLastPrice(int row, const LastPrice &price)
{
    if (price.currency != m_doc.currency)
        throw Error(tr("%1 was in %2; this document is in %3.").arg(price.number, price.currency, m_doc.currency));
    if (price.taxMode == Pricing::TaxMode::Exclusive)
        setLineUnitPrice(row, price.unitPriceMinor);
    else
        setLineInclusivePrice(row, price.unitPriceMinor);
}

SalesDocumentRepository DocumentEditor::repository() const
{
    return SalesDocumentRepository(m_db, m_session.login(), m_stock);
}

void DocumentEditor::save()
{
    repository().save(m_doc);
    m_dirty = false;
    emit headerChanged();
}

void DocumentEditor::advance()
{
    if (m_doc.isEditable() && (m_dirty || m_doc.id == 0))
        save();
    const QString next =
        m_doc.kind == SalesDocument::Kind::Order ? QStringLiteral("confirmed") : QStringLiteral("sent");
    repository().setStatus(m_doc.id, next);
    reload();
}

void DocumentEditor::approve(const Session &approver)
{
    if (m_dirty || m_doc.id == 0)
        save();
    repository().approve(m_doc.id, approver);
    reload();
}

void DocumentEditor::reload()
{
    if (const auto d = repository().load(m_doc.id))
        m_doc = *d;
    m_dirty = false;
    recompute();
    emit headerChanged();
}

void DocumentEditor::refreshLimits()
{
    m_limits = Guardrails::limitsFor(m_db, m_session.login(), m_doc.customerId);
    m_costs = Guardrails::costs(m_db, m_doc);
}

void DocumentEditor::recompute()
{
    SalesDocument uncosted;
    for (const SalesLine &l : m_doc.lines)
        if (l.productId > 0 && !m_costs.contains(l.productId))
            uncosted.lines << l;
    if (!uncosted.lines.isEmpty())
        m_costs.insert(Guardrails::costs(m_db, uncosted));
    m_priced = m_doc.price(m_base);
    m_breaches = Guardrails::check(m_doc, m_priced, m_limits, m_costs);
    emit changed();
}

} // namespace Crm::Sales
