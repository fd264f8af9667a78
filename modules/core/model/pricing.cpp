#include "pricing.h"

#include "db/error.h"
#include "model/decimal.h"

#include <QCoreApplication>

namespace Crm::Pricing {

namespace {

using Wide = __int128;

// numerator / denominator rounded half away from zero, for wide intermediates.
qint64 divRound(Wide numerator, Wide denominator)
{
    const bool negative = (numerator < 0) != (denominator < 0);
    if (numerator < 0)
        numerator = -numerator;
    if (denominator < 0)
        denominator = -denominator;
    Wide q = numerator / denominator;
    if (2 * (numerator % denominator) >= denominator)
        ++q;
    if (q > Wide(std::numeric_limits<qint64>::max()))
        throw Error(QCoreApplication::translate("Crm::Pricing", "The amount is too large."));
    return negative ? -qint64(q) : qint64(q);
}

constexpr Wide kBp = 10000;   // basis points in 100%
constexpr Wide kMilli = 1000; // quantity scale

// The tax contained in a tax-inclusive amount: amount × r / (1 + r).
qint64 taxIncluded(qint64 inclusive, Rate tax)
{
    return divRound(Wide(inclusive) * tax.basisPoints(), kBp + tax.basisPoints());
}

// The tax on a tax-exclusive amount: amount × r.
qint64 taxOn(qint64 exclusive, Rate tax)
{
    return divRound(Wide(exclusive) * tax.basisPoints(), kBp);
}

} // namespace

qint64 inclusiveFromExclusive(qint64 exclusiveMinor, Rate tax)
{
    return divRound(Wide(exclusiveMinor) * (kBp + tax.basisPoints()), kBp);
}

qint64 exclusiveFromInclusive(qint64 inclusiveMinor, Rate tax)
{
    return divRound(Wide(inclusiveMinor) * kBp, kBp + tax.basisPoints());
}

Result price(const Document &d)
{
    const QString cur = d.currency;
    for (const Line &l : d.lines)
        if (l.discount.basisPoints() < 0 || l.discount.basisPoints() > 10000 || l.tax.basisPoints() < 0)
            throw Error(QCoreApplication::translate("Crm::Pricing", "A discount must be between 0% and 100%, "
                                                                    "and a tax rate cannot be negative."));
    if (d.discount.basisPoints() < 0 || d.discount.basisPoints() > 10000)
        throw Error(QCoreApplication::translate("Crm::Pricing", "A discount must be between 0% and 100%."));

    Result r;
    qint64 gross = 0;
    qint64 amount = 0;
    QMap<qint32, qint64> amountByRate; // Σ line amounts (the mode's basis) per tax rate
    QMap<qint32, qint64> lineTaxByRate;
    for (const Line &l : d.lines) {
        const Wide qtyPrice = Wide(l.quantity.milli()) * l.unitPriceMinor;
        const qint64 lineGross = divRound(qtyPrice, kMilli);
        // One rounding for both discounts.
        const qint64 lineAmount = divRound(
            qtyPrice * (kBp - l.discount.basisPoints()) * (kBp - d.discount.basisPoints()), kMilli * kBp * kBp);
        qint64 tax = d.taxMode == TaxMode::Exclusive ? taxOn(lineAmount, l.tax) : taxIncluded(lineAmount, l.tax);
        PricedLine p;
        p.gross = Money(lineGross, cur);
        p.discount = Money(lineGross - lineAmount, cur);
        p.amount = Money(lineAmount, cur);
        p.tax = Money(tax, cur);
        p.net = Money(d.taxMode == TaxMode::Exclusive ? lineAmount : lineAmount - tax, cur);
        p.total = Money(d.taxMode == TaxMode::Exclusive ? lineAmount + tax : lineAmount, cur);
        r.lines << p;
        gross += lineGross;
        amount += lineAmount;
        amountByRate[l.tax.basisPoints()] += lineAmount;
        lineTaxByRate[l.tax.basisPoints()] += tax;
    }

    qint64 taxTotal = 0;
    for (auto it = amountByRate.cbegin(); it != amountByRate.cend(); ++it) {
        const Rate rate = Rate::fromBasisPoints(it.key());
        qint64 tax = lineTaxByRate.value(it.key());
        if (d.rounding == Rounding::PerDocument)
            tax = d.taxMode == TaxMode::Exclusive ? taxOn(it.value(), rate) : taxIncluded(it.value(), rate);
        const qint64 net = d.taxMode == TaxMode::Exclusive ? it.value() : it.value() - tax;
        r.taxes.insert(it.key(), {Money(net, cur), Money(tax, cur)});
        taxTotal += tax;
    }
    r.gross = Money(gross, cur);
    r.discount = Money(gross - amount, cur);
    r.tax = Money(taxTotal, cur);
    r.net = Money(d.taxMode == TaxMode::Exclusive ? amount : amount - taxTotal, cur);
    r.total = Money(d.taxMode == TaxMode::Exclusive ? amount + taxTotal : amount, cur);
    const QString base = d.baseCurrency.isEmpty() ? cur : d.baseCurrency;
    // total × rate, rescaled from the document currency's minor unit to the base one.
    const int shift = Money::decimalsFor(base) - Money::decimalsFor(cur);
    Wide num = Wide(r.total.minor()) * d.rateMicros;
    Wide den = 1000000;
    if (shift > 0)
        num *= Decimal::pow10(shift);
    else if (shift < 0)
        den *= Decimal::pow10(-shift);
    r.totalBase = Money(divRound(num, den), base);
    return r;
}

} // namespace Crm::Pricing
