#include "pagedlistmodel.h"

#include "db/database.h"
#include "db/error.h"
#include "model/money.h"
#include "model/quantity.h"
#include "model/rate.h"

#include <QColor>
#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

namespace Crm {

PagedListModel::PagedListModel(const Database &db, ListSpec spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_spec(std::move(spec))
{
    m_query.sortColumn = m_spec.defaultSortColumn;
    m_query.descending = m_spec.defaultDescending;
}

void PagedListModel::setQuery(const ListQuery &query)
{
    m_query = query;
    m_query.resolveNumber(m_db, m_spec);
    reload();
}

void PagedListModel::setSearch(const QString &text)
{
    m_query.search = text;
    m_query.resolveNumber(m_db, m_spec);
    reload();
}

void PagedListModel::setFilter(const QString &key, const QVariant &value)
{
    if (value.isValid() && !value.isNull())
        m_query.filters.insert(key, value);
    else
        m_query.filters.remove(key);
    reload();
}

void PagedListModel::reload()
{
    beginResetModel();
    m_loaded = true;
    m_rows.clear();
    m_atEnd = false;
    m_error.clear();
    m_driven = false;
    m_loadedCount = -1;
    const ListQuery::Sql q = m_query.sql(m_spec);
    if (q.indexed) {
        // The index alone bounds the matches cheaply; only a few are counted exactly.
        qint64 bound = 0;
        try {
            bound =
                m_db.scalar(QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2)").arg(q.indexOnly).arg(kSortLimit + 1),
                            q.indexBinds)
                    .toLongLong();
        } catch (const Error &) {
            // Only a hint for the plan: without it the page counts exactly, as below.
        }
        m_driven = bound > kSortLimit;
        if (!m_driven)
            m_loadedCount = countUpTo(kSortLimit + 1);
    }
    m_rows = readPage();
    endResetModel();
    emit reloaded();
}

void PagedListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_spec.columns.size() || !m_spec.columns.at(column).sortable)
        return;
    m_query.sortColumn = column;
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

namespace {
QPair<QString, QVariantList> countStatement(const ListSpec &spec, const ListQuery &query)
{
    const ListQuery::Sql q = query.sql(spec);
    return {QStringLiteral("SELECT count(*) FROM %1%2")
                .arg(q.from, q.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + q.where),
            q.binds};
}
} // namespace

qint64 PagedListModel::totalCount() const
{
    return countJob()();
}

std::function<qint64()> PagedListModel::countJob() const
{
    const Database *db = &m_db;
    return [db, statement = countStatement(m_spec, m_query)]() -> qint64 {
        try {
            return db->scalar(statement.first, statement.second).toLongLong();
        } catch (const Error &) {
            return -1;
        }
    };
}

qint64 PagedListModel::countUpTo(qint64 cap) const
{
    const ListQuery::Sql q = m_query.sql(m_spec);
    const QString sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1%2 LIMIT %3)")
                            .arg(q.from, q.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + q.where)
                            .arg(cap);
    try {
        return m_db.scalar(sql, q.binds).toLongLong();
    } catch (const Error &) {
        return 0;
    }
}

QList<QVariantList> PagedListModel::readPage()
{
    QList<QVariantList> rows;
    if (m_atEnd)
        return rows;
    const int sortColumn =
        m_query.sortColumn >= 0 && m_query.sortColumn < m_spec.columns.size() ? m_query.sortColumn : 0;
    const ListQuery::Sql q = m_query.sql(m_spec);
    const bool indexOrder = q.indexed && m_driven;
    const QString sortExpr = indexOrder ? QStringLiteral("s.rowid") : m_spec.columns.at(sortColumn).expr;
    const bool descending = m_query.descending && !indexOrder;
    QVariantList binds = q.binds;
    QStringList conditions;
    if (!q.where.isEmpty())
        conditions << q.where;
    if (!m_rows.isEmpty()) {
        const QVariantList &last = m_rows.last();
        if (indexOrder && !m_spec.searchIdExpr.isEmpty()) {
            // Several rows per indexed row: the row's own key breaks the tie.
            conditions << QStringLiteral("(s.rowid, %1) > (?, ?)").arg(m_spec.idExpr);
            binds << last.at(last.size() - 1) << last.at(last.size() - 2);
        } else if (indexOrder) {
            conditions << QStringLiteral("s.rowid > ?");
            binds << last.at(last.size() - 2);
        } else {
            conditions << QStringLiteral("(%1, %2) %3 (?, ?)")
                              .arg(sortExpr, m_spec.idExpr, descending ? QStringLiteral("<") : QStringLiteral(">"));
            binds << last.at(last.size() - 1) << last.at(last.size() - 2);
        }
    }
    QStringList select;
    for (const ListColumn &c : m_spec.columns)
        select << c.expr;
    if (!m_spec.highlightExpr.isEmpty())
        select << m_spec.highlightExpr;
    select << m_spec.idExpr << sortExpr;
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    const QString order = indexOrder && m_spec.searchIdExpr.isEmpty()
                              ? QStringLiteral("s.rowid")
                              : QStringLiteral("%1%2, %3%2").arg(sortExpr, dir, m_spec.idExpr);
    const QString sql =
        QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 LIMIT %5")
            .arg(select.join(QLatin1String(", ")), q.from,
                 conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND ")),
                 order)
            .arg(kPageSize);
    try {
        QSqlQuery r = m_db.exec(sql, binds);
        const int n = int(select.size());
        int fetched = 0;
        while (r.next()) {
            QVariantList row;
            row.reserve(n);
            for (int i = 0; i < n; ++i)
                row << r.value(i);
            rows << row;
            ++fetched;
        }
        m_atEnd = fetched < kPageSize;
    } catch (const Error &e) {
        m_error = e.message();
        m_atEnd = true;
    }
    return rows;
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<QVariantList> rows = readPage();
    if (rows.isEmpty())
        return;
    const int before = int(m_rows.size());
    beginInsertRows({}, before, before + int(rows.size()) - 1);
    m_rows += rows;
    endInsertRows();
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

qint64 PagedListModel::idAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return 0;
    const QVariantList &r = m_rows.at(row);
    return r.at(r.size() - 2).toLongLong();
}

int PagedListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (idAt(i) == id)
            return i;
    return -1;
}

QString PagedListModel::display(int column, const QVariant &value) const
{
    const ListColumn &c = m_spec.columns.at(column);
    if (c.display)
        return c.display(value);
    if (value.isNull())
        return {};
    switch (c.kind) {
    case ListColumn::Kind::Money:
        return Money(value.toLongLong(), QStringLiteral("XXX")).toString(m_locale, false, true);
    case ListColumn::Kind::Quantity:
        return Quantity::fromMilli(value.toLongLong()).toString(m_locale);
    case ListColumn::Kind::Percent:
        return Rate::fromBasisPoints(value.toInt()).toString(m_locale);
    case ListColumn::Kind::Bool:
        return value.toInt() ? tr("Yes") : tr("No");
    case ListColumn::Kind::Integer:
        return m_locale.toString(value.toLongLong());
    case ListColumn::Kind::Date:
        return m_locale.toString(QDate::fromString(value.toString().left(10), Qt::ISODate), QLocale::ShortFormat);
    case ListColumn::Kind::Text:
        break;
    }
    return value.toString();
}

QVariant PagedListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QVariantList &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.column(), row.at(index.column()));
    case RawRole:
        return row.at(index.column());
    case IdRole:
        return idAt(index.row());
    case Qt::ForegroundRole:
        if (!m_spec.highlightExpr.isEmpty() && row.at(m_spec.columns.size()).toLongLong() != 0)
            return QColor(0xb3, 0x26, 0x1e);
        return {};
    case Qt::TextAlignmentRole: {
        const auto kind = m_spec.columns.at(index.column()).kind;
        if (kind == ListColumn::Kind::Money || kind == ListColumn::Kind::Quantity ||
            kind == ListColumn::Kind::Integer || kind == ListColumn::Kind::Percent)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    default:
        return {};
    }
}

QVariant PagedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_spec.columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_spec.columns.at(section).title();
    return {};
}

} // namespace Crm
