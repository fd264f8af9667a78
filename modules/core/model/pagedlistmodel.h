#pragma once

#include "model/listspec.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <functional>

namespace Crm {

class Database;

// A read-only table model over a ListSpec that fetches in pages by key
// (WHERE (sort, id) > (?, ?) ORDER BY sort, id LIMIT n): sorting and filtering
// happen in SQL, nothing loads a whole table, and it works the same on PostgreSQL.
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    // A search matching more rows than this is shown in index order: sorting
    // every match would not be instant.
    static constexpr int kSortLimit = 1000;
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int RawRole = Qt::UserRole + 2;

    PagedListModel(const Database &db, ListSpec spec, QObject *parent = nullptr);

    const ListSpec &spec() const { return m_spec; }
    ListQuery query() const { return m_query; }
    void setQuery(const ListQuery &query); // resets and fetches the first page
    void setSearch(const QString &text);
    void setFilter(const QString &key, const QVariant &value);
    void reload();
    bool isLoaded() const { return m_loaded; }

    // Number of rows matching the current query (one COUNT in SQL).
    qint64 totalCount() const;
    // min(count, cap): stops reading at `cap` rows.
    qint64 countUpTo(qint64 cap) const;
    // The exact count of the current query as a job for a worker thread (which
    // uses its own connection); -1 when it fails.
    std::function<qint64()> countJob() const;
    // The exact count read while loading a search with few matches; -1 otherwise.
    qint64 loadedCount() const { return m_loadedCount; }
    // True while a large search is shown in index order instead of the sort column.
    bool isIndexOrdered() const { return m_driven; }
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not fetched
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void reloaded();

private:
    QString display(int column, const QVariant &value) const;
    QList<QVariantList> readPage();
    const Database &m_db;
    ListSpec m_spec;
    ListQuery m_query;
    QList<QVariantList> m_rows; // columns…, highlight (when the spec has one), id, sort key
    bool m_atEnd = false;
    bool m_driven = false;
    bool m_loaded = false;
    qint64 m_loadedCount = -1;
    QString m_error;
    QLocale m_locale;
};

} // namespace Crm
