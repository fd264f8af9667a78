#pragma once

#include "db/database.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

namespace Crm::Demo {

// The seeded random source of the demo data: the same seed, the same company.
class Rng
{
public:
    explicit Rng(quint32 seed)
        : m_gen(seed)
    {}
    int below(int n) { return n <= 0 ? 0 : int(m_gen.bounded(quint32(n))); }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }
    QString digits(int n)
    {
        QString s(n, QLatin1Char('0'));
        for (int i = 0; i < n; ++i)
            s[i] = QChar(u'0' + below(10));
        return s;
    }
    // Time-ordered like UUIDv7, from the seeded generator and a fixed clock.
    QString uuid(qint64 ms)
    {
        quint8 b[16];
        for (int i = 0; i < 6; ++i)
            b[i] = quint8(quint64(ms) >> (8 * (5 - i)));
        for (int i = 6; i < 16; ++i)
            b[i] = quint8(m_gen.generate());
        b[6] = quint8((b[6] & 0x0F) | 0x70);
        b[8] = quint8((b[8] & 0x3F) | 0x80);
        return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(b), 16)).toString(QUuid::WithoutBraces);
    }

private:
    QRandomGenerator m_gen;
};

// A statement prepared once and run for many rows.
struct Prepared
{
    Prepared(const Database &db, const QString &sql)
        : query(db.connection())
    {
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            throwIfFailed(query, sql);
    }
    void run(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, bindable(values.at(i)));
        if (!query.exec())
            throwIfFailed(query, query.lastQuery());
    }
    QSqlQuery query;
};

} // namespace Crm::Demo
