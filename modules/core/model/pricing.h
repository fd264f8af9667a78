#pragma once

#include "model/money.h"
#include "model/quantity.h"
#include "model/rate.h"

#include <QList>
#include <QMap>

namespace Crm {

// The one pricing function of the suite: quotations, orders, invoices and purchase
// documents, on screen, in print and when posted, all call Pricing::price().
namespace Pricing {

enum class TaxMode {
    Exclusive, // unit prices exclude tax; tax is added
    Inclusive  // unit prices include tax; tax is taken out
};

enum class Rounding {
    PerLine,    // each line's tax is rounded, the document adds them up
    PerDocument // tax is computed once per rate on the document's sums (no drift)
};

struct Line
{
    Quantity quantity;
    // In the document currency's minor units: the tax-exclusive price in
    // Exclusive mode, the tax-inclusive price in Inclusive mode.
    qint64 unitPriceMinor = 0;
    Rate discount; // line discount, e.g. 5%
    Rate tax;      // e.g. 13%
};

struct Document
{
    QString currency;
    TaxMode taxMode = TaxMode::Exclusive;
    Rounding rounding = Rounding::PerLine;
    Rate discount;               // document discount, applied to every line after its own
    qint64 rateMicros = 1000000; // base-currency units per unit of `currency`, × 10^6
    QString baseCurrency;
    QList<Line> lines;
};

struct PricedLine
{
    Money gross;    // quantity × unit price, before discounts (in the mode's basis)
    Money discount; // line and document discounts together
    Money amount;   // gross − discount: what the line shows
    Money net;      // without tax
    Money tax;
    Money total; // with tax
};

struct TaxGroup
{
    Money net;
    Money tax;
};

struct Result
{
    QList<PricedLine> lines;
    Money gross;    // Σ line gross
    Money discount; // Σ discounts
    Money net;      // without tax
    Money tax;
    Money total;                  // with tax
    Money totalBase;              // total converted to the base currency
    QMap<qint32, TaxGroup> taxes; // by rate in basis points
};

// Prices a document exactly: integer arithmetic with one half-up rounding per
// amount; the document's tax, net and total agree to the cent with its lines.
Result price(const Document &document);

// The other unit price of a line: exclusive → inclusive and back, rounded half-up
// to the currency's minor unit (what the form shows beside the typed one).
qint64 inclusiveFromExclusive(qint64 exclusiveMinor, Rate tax);
qint64 exclusiveFromInclusive(qint64 inclusiveMinor, Rate tax);

} // namespace Pricing
} // namespace Crm
