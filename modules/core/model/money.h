#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace Crm {

class Rate;
class Quantity;

// An exact amount: integer minor units plus an ISO 4217 currency code.
class Money
{
public:
    Money() = default;
    Money(qint64 minor, const QString &currency)
        : m_minor(minor)
        , m_currency(currency)
    {}

    qint64 minor() const { return m_minor; }
    QString currency() const { return m_currency; }
    int decimals() const { return decimalsFor(m_currency); }
    bool isZero() const { return m_minor == 0; }

    // Throws Crm::Error when the currencies differ.
    Money operator+(const Money &o) const;
    Money operator-(const Money &o) const;
    Money operator-() const { return Money(-m_minor, m_currency); }
    bool operator==(const Money &o) const = default;
    bool operator<(const Money &o) const;

    // Unit price × quantity, rounded half-up to the currency's minor unit.
    Money times(const Quantity &q) const;
    // This × rate (e.g. tax), rounded half-up.
    Money times(const Rate &r) const;

    // "1234.50" (C locale, no grouping) or by locale, optionally with the code.
    QString toString(const QLocale &locale = QLocale::c(), bool withCurrency = false, bool group = false) const;
    static std::optional<Money> parse(const QString &text, const QString &currency,
                                      const QLocale &locale = QLocale::c());

    // Minor-unit digits for a currency code (2 unless ISO 4217 says otherwise).
    static int decimalsFor(const QString &currency);

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace Crm
