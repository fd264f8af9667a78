#include "numbering.h"

#include "db/database.h"
#include "db/error.h"
#include "model/settings.h"

#include <QSqlQuery>

namespace Crm {

void Numbering::define(const QString &docType, const QString &code, int width) const
{
    m_db.exec(QStringLiteral("INSERT INTO core_numbering(doc_type, code, next_value, width) VALUES (?, ?, 1, ?) "
                             "ON CONFLICT(doc_type) DO NOTHING"),
              {docType, code, width});
}

QString NumberFormat::operator()(qint64 value) const
{
    return QStringLiteral("%1-%2-%3").arg(code, prefix, QString::number(value).rightJustified(width, QLatin1Char('0')));
}

NumberFormat Numbering::format(const QString &docType) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT code, width FROM core_numbering WHERE doc_type = ?"), {docType});
    if (!q.next())
        throw Error(QCoreApplication::translate("Crm::Numbering", "No numbering is defined for %1.").arg(docType));
    return NumberFormat{q.value(0).toString(), Settings(m_db).numberPrefix(), q.value(1).toInt()};
}

QString Numbering::peek(const QString &docType) const
{
    const NumberFormat f = format(docType);
    return f(m_db.scalar(QStringLiteral("SELECT next_value FROM core_numbering WHERE doc_type = ?"), {docType})
                 .toLongLong());
}

QString Numbering::next(const QString &docType) const
{
    WriteTransaction tx(m_db);
    const QString number = peek(docType);
    m_db.exec(QStringLiteral("UPDATE core_numbering SET next_value = next_value + 1 WHERE doc_type = ?"), {docType});
    tx.commit();
    return number;
}

QStringList Numbering::take(const QString &docType, int count) const
{
    QStringList out;
    if (count <= 0)
        return out;
    WriteTransaction tx(m_db);
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT code, next_value, width FROM core_numbering WHERE doc_type = ?"), {docType});
    if (!q.next())
        throw Error(QCoreApplication::translate("Crm::Numbering", "No numbering is defined for %1.").arg(docType));
    const QString prefix = q.value(0).toString() + QLatin1Char('-') + Settings(m_db).numberPrefix() + QLatin1Char('-');
    const qint64 first = q.value(1).toLongLong();
    const int width = q.value(2).toInt();
    q.finish();
    out.reserve(count);
    for (qint64 n = first; n < first + count; ++n)
        out << prefix + QString::number(n).rightJustified(width, QLatin1Char('0'));
    m_db.exec(QStringLiteral("UPDATE core_numbering SET next_value = next_value + ? WHERE doc_type = ?"),
              {count, docType});
    tx.commit();
    return out;
}

} // namespace Crm
