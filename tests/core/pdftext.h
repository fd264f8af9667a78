#pragma once

// A PDF read back as a reader would: the text of each page (pdftotext -layout),
// pdfinfo's report and the page size.

#include <QProcess>
#include <QRegularExpression>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>
#include <cmath>

namespace Crm::Test {

inline QStringList pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    // Form feeds separate the pages.
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

inline QString pdfInfo(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The first page's size in millimetres, from pdfinfo's "Page size: W x H pts".
inline QSizeF pdfPageSizeMm(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"));
    const QString info = pdfInfo(path);
    INFO(info.toStdString());
    const auto m = re.match(info);
    REQUIRE(m.hasMatch());
    return {m.captured(1).toDouble() / 72 * 25.4, m.captured(2).toDouble() / 72 * 25.4};
}

// PDF page boxes are whole points: the same size within half a millimetre.
inline bool sameSize(const QSizeF &a, const QSizeF &b)
{
    return std::abs(a.width() - b.width()) < 0.5 && std::abs(a.height() - b.height()) < 0.5;
}

} // namespace Crm::Test
