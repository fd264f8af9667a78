#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace Crm {

// An exact quantity in thousandths (3 decimals).
class Quantity
{
public:
    static constexpr int kDecimals = 3;
    Quantity() = default;
    static Quantity fromMilli(qint64 milli) { return Quantity(milli); }
    static Quantity fromUnits(qint64 units) { return Quantity(units * 1000); }

    qint64 milli() const { return m_milli; }
    bool isZero() const { return m_milli == 0; }
    Quantity operator+(Quantity o) const { return Quantity(m_milli + o.m_milli); }
    Quantity operator-(Quantity o) const { return Quantity(m_milli - o.m_milli); }
    auto operator<=>(const Quantity &) const = default;

    // Shortest form: "3", "2.5", "0.125"; by locale when given.
    QString toString(const QLocale &locale = QLocale::c()) const;
    static std::optional<Quantity> parse(const QString &text, const QLocale &locale = QLocale::c());

private:
    explicit Quantity(qint64 milli)
        : m_milli(milli)
    {}
    qint64 m_milli = 0;
};

} // namespace Crm
