#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace Crm {

// Helpers for exact fixed-point numbers held as integers scaled by 10^decimals.
namespace Decimal {

// Divides with rounding half away from zero ("half-up" for money).
qint64 divRound(qint64 numerator, qint64 denominator);
qint64 pow10(int n);
// Rescales `value` from `fromDecimals` to `toDecimals`, rounding half-up.
qint64 rescale(qint64 value, int fromDecimals, int toDecimals);
// Formats value/10^decimals with exactly `decimals` digits, by locale (no grouping
// unless `group`); the C locale gives "1234.50".
QString format(qint64 value, int decimals, const QLocale &locale = QLocale::c(), bool group = false);
// The C locale's format() without grouping ("-1234.50"), written to `out`
// (kPlainSize bytes at least); returns its length. `decimals`: 0–18.
// `trimZeros`: without the fraction's trailing zeros ("1234.5", "13").
constexpr int kPlainSize = 48;
int plain(char *out, qint64 value, int decimals, bool trimZeros = false);
// Parses "1234.5", "-0.05", "1,234.50" (C or the given locale); rounds half-up to
// `decimals`. Returns nullopt on malformed text.
std::optional<qint64> parse(const QString &text, int decimals, const QLocale &locale = QLocale::c());

} // namespace Decimal
} // namespace Crm
