#include "printsettings.h"

#include "db/error.h"
#include "model/settings.h"
#include "print/printdocument.h"

#include <QRegularExpression>
#include <QSizeF>

#include <algorithm>

namespace Crm {

PrintSettings::PrintSettings(const Database &db, const PrintDocumentSpec &document)
    : m_db(db)
    , m_document(document)
{}

QString PrintSettings::key(const char *name) const
{
    return QStringLiteral("print.%1.%2").arg(m_document.id, QLatin1String(name));
}

Paper PrintSettings::paper() const
{
    return paperFromKey(Settings(m_db).value(key("paper")));
}

void PrintSettings::setPaper(Paper paper) const
{
    Settings(m_db).setValue(key("paper"), paperKey(paper));
}

QStringList PrintSettings::defaultCopyMarks() const
{
    return m_document.copyMarks ? m_document.copyMarks() : QStringList();
}

QStringList PrintSettings::copyMarks() const
{
    // Never set: the document's own; a stored '' is an empty list.
    const Settings settings(m_db);
    if (!settings.contains(key("marks")))
        return defaultCopyMarks();
    return marksFromText(settings.value(key("marks")));
}

void PrintSettings::setCopyMarks(const QStringList &marks) const
{
    QStringList clean;
    for (const QString &m : marks)
        if (!m.trimmed().isEmpty())
            clean << m.trimmed();
    if (clean == defaultCopyMarks())
        Settings(m_db).remove(key("marks"));
    else
        Settings(m_db).setValue(key("marks"), clean.isEmpty() ? QStringLiteral("") : clean.join(QLatin1Char('\n')));
}

QList<int> PrintSettings::pricedCopies() const
{
    QList<int> out;
    for (const QString &n : Settings(m_db).value(key("priced_copies")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const int copy = n.trimmed().toInt(); copy > 0 && !out.contains(copy))
            out << copy;
    return out;
}

void PrintSettings::setPricedCopies(const QList<int> &copies) const
{
    QStringList numbers;
    for (int n : copies)
        numbers << QString::number(n);
    if (numbers.isEmpty())
        Settings(m_db).remove(key("priced_copies"));
    else
        Settings(m_db).setValue(key("priced_copies"), numbers.join(QLatin1Char(',')));
}

QList<int> PrintSettings::copiesFromText(const QString &text, int copies)
{
    static const QRegularExpression separators(QStringLiteral("[,;\s，、]+"));
    QList<int> out;
    for (const QString &entry : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = entry.toInt(&ok);
        if (!ok || n < 1 || n > copies)
            throw Error(tr("Copies with prices: \"%1\" is not a copy number from 1 to %2.").arg(entry).arg(copies),
                        QStringLiteral("priced_copies"));
        if (!out.contains(n))
            out << n;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString PrintSettings::copiesToText(const QList<int> &copies)
{
    QStringList numbers;
    for (int n : copies)
        numbers << QString::number(n);
    return numbers.join(QStringLiteral(", "));
}

QList<Paper> PrintSettings::papers()
{
    return {Paper::A4, Paper::Letter, Paper::Continuous241x140, Paper::Continuous241x93};
}

QString PrintSettings::paperName(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return tr("A4 (210 × 297 mm)");
    case Paper::Letter:
        return tr("Letter (8.5 × 11 in)");
    case Paper::Continuous241x140:
        return tr("Continuous form, half (241 × 140 mm)");
    case Paper::Continuous241x93:
        return tr("Continuous form, third (241 × 93 mm)");
    }
    return QString();
}

QString PrintSettings::paperKey(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return QStringLiteral("a4");
    case Paper::Letter:
        return QStringLiteral("letter");
    case Paper::Continuous241x140:
        return QStringLiteral("241x140");
    case Paper::Continuous241x93:
        return QStringLiteral("241x93");
    }
    return QString();
}

Paper PrintSettings::paperFromKey(const QString &key, Paper fallback)
{
    for (Paper p : papers())
        if (paperKey(p) == key)
            return p;
    return fallback;
}

QPageSize PrintSettings::pageSize(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return QPageSize(QPageSize::A4);
    case Paper::Letter:
        return QPageSize(QPageSize::Letter);
    case Paper::Continuous241x140:
        return QPageSize(QSizeF(241, 140), QPageSize::Millimeter, QStringLiteral("241 × 140 mm"),
                         QPageSize::ExactMatch);
    case Paper::Continuous241x93:
        return QPageSize(QSizeF(241, 93), QPageSize::Millimeter, QStringLiteral("241 × 93 mm"), QPageSize::ExactMatch);
    }
    return QPageSize(QPageSize::A4);
}

QMarginsF PrintSettings::marginsMm(Paper paper)
{
    // Continuous forms: clear of the tractor-feed strips at the sides, and short
    // sheets keep their height for the document.
    if (paper == Paper::Continuous241x140 || paper == Paper::Continuous241x93)
        return {13, 6, 13, 6};
    return {15, 12, 15, 12};
}

QStringList PrintSettings::marksFromText(const QString &text)
{
    QStringList marks;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            marks << line.trimmed();
    return marks;
}

} // namespace Crm
