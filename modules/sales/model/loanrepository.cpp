#include "loanrepository.h"

#include "db/database.h"
#include "db/error.h"
#include "db/sqltext.h"
#include "model/numbering.h"
#include "services/stockservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace Crm::Sales {

using SqlText::idOrNull;
using SqlText::dateText;

namespace {
const char *const kStatusTitles[][2] = {
    {"draft", QT_TRANSLATE_NOOP("Crm::Sales", "Draft")},       {"out", QT_TRANSLATE_NOOP("Crm::Sales", "Out")},
    {"returned", QT_TRANSLATE_NOOP("Crm::Sales", "Returned")}, {"closed", QT_TRANSLATE_NOOP("Crm::Sales", "Closed")},
    {"reversed", QT_TRANSLATE_NOOP("Crm::Sales", "Reversed")},
};
} // namespace

Quantity Loan::outstanding() const
{
    Quantity total;
    for (const LoanLine &l : lines)
        total = total + l.outstanding();
    return total;
}

bool Loan::isOverdue(const QDate &today) const
{
    return isOut() && dueDate.isValid() && dueDate < today && outstanding().milli() > 0;
}

QStringList Loan::statuses()
{
    QStringList out;
    for (const auto &s : kStatusTitles)
        out << QString::fromLatin1(s[0]);
    return out;
}

QString Loan::statusTitle(const QString &status)
{
    for (const auto &s : kStatusTitles)
        if (status == QLatin1String(s[0]))
            return QCoreApplication::translate("Crm::Sales", s[1]);
    return status;
}

QString Loan::kindTitle(const QString &kindId)
{
    return kindId == QLatin1String("sample") ? QCoreApplication::translate("Crm::Sales", "Sample")
                                             : QCoreApplication::translate("Crm::Sales", "Loan");
}

void LoanRepository::validate(const Loan &l) const
{
    if (l.customerId <= 0)
        throw Error(tr("Choose a customer."), QStringLiteral("customer"));
    const QVariant isCustomer =
        m_db.scalar(QStringLiteral("SELECT is_customer FROM core_party WHERE id = ?"), {l.customerId});
    if (!isCustomer.isValid() || isCustomer.toInt() != 1)
        throw Error(tr("The chosen party is not a customer."), QStringLiteral("customer"));
    if (!l.date.isValid())
        throw Error(tr("The date is missing."), QStringLiteral("date"));
    if (!l.dueDate.isValid())
        throw Error(tr("Say when the goods are due back."), QStringLiteral("due_date"));
    if (l.dueDate < l.date)
        throw Error(tr("The goods cannot be due back before they leave."), QStringLiteral("due_date"));
    if (l.lines.isEmpty())
        throw Error(tr("%1 has no lines.").arg(l.number.isEmpty() ? tr("The document") : l.number),
                    QStringLiteral("lines"));
    for (int i = 0; i < l.lines.size(); ++i) {
        const LoanLine &line = l.lines.at(i);
        if (line.productId <= 0 ||
            !m_db.scalar(QStringLiteral("SELECT id FROM core_product WHERE id = ?"), {line.productId}).isValid())
            throw Error(tr("Line %1 has no product.").arg(i + 1), QStringLiteral("lines"));
        if (line.warehouseId <= 0)
            throw Error(tr("Line %1: choose the warehouse the goods leave from.").arg(i + 1), QStringLiteral("lines"));
        if (line.quantity.milli() <= 0)
            throw Error(tr("Line %1: the quantity must be greater than zero.").arg(i + 1), QStringLiteral("lines"));
    }
}

void LoanRepository::save(Loan &l) const
{
    WriteTransaction tx(m_db);
    if (l.id > 0) {
        const auto stored = load(l.id);
        if (!stored)
            throw Error(tr("The document was deleted by someone else; it cannot be saved."));
        if (!stored->isEditable())
            throw Error(
                tr("%1 is %2 and can no longer be changed.").arg(stored->number, Loan::statusTitle(stored->status)));
    }
    validate(l);
    const QString now = Database::nowUtc();
    if (l.number.isEmpty()) {
        Numbering numbering(m_db);
        numbering.define(QStringLiteral("sales.loan"), QStringLiteral("LN"));
        numbering.define(QStringLiteral("sales.sample"), QStringLiteral("SM"));
        l.number = numbering.next(l.kind == Loan::Kind::Sample ? QStringLiteral("sales.sample")
                                                               : QStringLiteral("sales.loan"));
    }
    const QVariantList values{
        l.kindId(), l.number, l.customerId, idOrNull(l.contactId), dateText(l.date), dateText(l.dueDate),
        l.notes,    now,      m_actor};
    const QString columns =
        QStringLiteral("kind, number, customer_id, contact_id, doc_date, due_date, notes, updated_at, updated_by");
    if (l.id > 0) {
        m_db.exec(QStringLiteral("UPDATE sales_loan SET %1 WHERE id = ?")
                      .arg(SqlText::assignments(columns.split(QLatin1Char(',')))),
                  QVariantList(values) << l.id);
        m_db.exec(QStringLiteral("DELETE FROM sales_loan_line WHERE loan_id = ?"), {l.id});
    } else {
        l.uuid = Database::newUuid();
        const QVariantList v = QVariantList(values) << l.uuid << QStringLiteral("draft") << now;
        QSqlQuery q = m_db.exec(QStringLiteral("INSERT INTO sales_loan(%1, uuid, status, created_at) VALUES (%2)")
                                    .arg(columns, SqlText::placeholders(v.size())),
                                v);
        l.id = q.lastInsertId().toLongLong();
        l.status = QStringLiteral("draft");
    }
    for (int i = 0; i < l.lines.size(); ++i) {
        LoanLine &line = l.lines[i];
        QSqlQuery q = m_db.exec(QStringLiteral("INSERT INTO sales_loan_line(uuid, loan_id, line_no, product_id, "
                                               "warehouse_id, quantity_milli, description, created_at, updated_at, "
                                               "updated_by) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                                {Database::newUuid(), l.id, i + 1, line.productId, line.warehouseId,
                                 line.quantity.milli(), line.description.trimmed(), now, now, m_actor});
        line.id = q.lastInsertId().toLongLong();
        line.returned = Quantity();
        line.converted = Quantity();
    }
    tx.commit();
}

std::optional<Loan> LoanRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, uuid, kind, number, customer_id, COALESCE(contact_id, 0), "
                                           "doc_date, due_date, status, status_reason, notes FROM sales_loan "
                                           "WHERE id = ?"),
                            {id});
    if (!q.next())
        return std::nullopt;
    Loan l;
    l.id = q.value(0).toLongLong();
    l.uuid = q.value(1).toString();
    l.kind = q.value(2).toString() == QLatin1String("sample") ? Loan::Kind::Sample : Loan::Kind::Loan;
    l.number = q.value(3).toString();
    l.customerId = q.value(4).toLongLong();
    l.contactId = q.value(5).toLongLong();
    l.date = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    l.dueDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    l.status = q.value(8).toString();
    l.statusReason = q.value(9).toString();
    l.notes = q.value(10).toString();
    QSqlQuery lines = m_db.exec(QStringLiteral("SELECT id, product_id, warehouse_id, quantity_milli, returned_milli, "
                                               "converted_milli, description FROM sales_loan_line WHERE loan_id = ? "
                                               "ORDER BY line_no"),
                                {id});
    while (lines.next())
        l.lines << LoanLine{lines.value(0).toLongLong(),
                            lines.value(1).toLongLong(),
                            lines.value(2).toLongLong(),
                            Quantity::fromMilli(lines.value(3).toLongLong()),
                            Quantity::fromMilli(lines.value(4).toLongLong()),
                            Quantity::fromMilli(lines.value(5).toLongLong()),
                            lines.value(6).toString()};
    return l;
}

QString LoanRepository::numberOf(qint64 id) const
{
    return m_db.scalar(QStringLiteral("SELECT number FROM sales_loan WHERE id = ?"), {id}).toString();
}

void LoanRepository::remove(qint64 id) const
{
    WriteTransaction tx(m_db);
    const auto l = load(id);
    if (!l)
        return;
    if (!l->isEditable())
        throw Error(tr("%1 is %2: only a draft is deleted; reverse it instead.")
                        .arg(l->number, Loan::statusTitle(l->status).toLower()));
    m_db.exec(QStringLiteral("DELETE FROM sales_loan WHERE id = ?"), {id});
    tx.commit();
}

QStringList LoanRepository::post(qint64 id) const
{
    WriteTransaction tx(m_db);
    const auto l = load(id);
    if (!l)
        throw Error(tr("The document no longer exists."));
    if (!l->isEditable())
        throw Error(tr("%1 is %2 already.").arg(l->number, Loan::statusTitle(l->status).toLower()));
    validate(*l);
    QList<StockMove> moves;
    for (const LoanLine &line : l->lines)
        moves << StockMove{line.productId, line.warehouseId, Quantity::fromMilli(-line.quantity.milli())};
    const QStringList warnings = m_stock.post(m_db, {QStringLiteral("sales.loan"), l->number, l->uuid, l->date}, moves);
    const QString now = Database::nowUtc();
    m_db.exec(QStringLiteral("UPDATE sales_loan SET status = 'out', outstanding_milli = ?, posted_at = ?, "
                             "posted_by = ?, updated_at = ?, updated_by = ? WHERE id = ?"),
              {l->outstanding().milli(), now, m_actor, now, m_actor, id});
    tx.commit();
    return warnings;
}

void LoanRepository::reverse(qint64 id, const QString &reason) const
{
    WriteTransaction tx(m_db);
    const Loan l = loadOut(id);
    for (const LoanLine &line : l.lines)
        if (line.returned.milli() > 0 || line.converted.milli() > 0)
            throw Error(tr("%1 has returns or sales already; only a loan with neither is reversed.").arg(l.number));
    if (reason.trimmed().isEmpty())
        throw Error(tr("Say why %1 is reversed.").arg(l.number), QStringLiteral("reason"));
    m_stock.reverse(m_db, l.uuid, QDate::currentDate());
    m_db.exec(QStringLiteral("UPDATE sales_loan SET status = 'reversed', status_reason = ?, outstanding_milli = 0, "
                             "updated_at = ?, updated_by = ? WHERE id = ?"),
              {reason.trimmed(), Database::nowUtc(), m_actor, id});
    tx.commit();
}

Loan LoanRepository::loadOut(qint64 id) const
{
    const auto l = load(id);
    if (!l)
        throw Error(tr("The document no longer exists."));
    if (!l->isOut())
        throw Error(tr("%1 is %2: nothing of it is out with the customer.")
                        .arg(l->number, Loan::statusTitle(l->status).toLower()));
    return *l;
}

} // namespace Crm::Sales
