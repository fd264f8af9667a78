#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace Crm {

// An exact rate in basis points: 13% is 1300.
class Rate
{
public:
    Rate() = default;
    static Rate fromBasisPoints(qint32 bp) { return Rate(bp); }
    static Rate fromPercent(qint32 percent) { return Rate(percent * 100); }

    qint32 basisPoints() const { return m_bp; }
    auto operator<=>(const Rate &) const = default;

    // "13%", "6.5%" (shortest form), by locale.
    QString toString(const QLocale &locale = QLocale::c()) const;
    // Parses "13", "13%", "6.5 %", rounding half-up to a basis point.
    static std::optional<Rate> parse(const QString &text, const QLocale &locale = QLocale::c());

private:
    explicit Rate(qint32 bp)
        : m_bp(bp)
    {}
    qint32 m_bp = 0;
};

} // namespace Crm
