#pragma once

#include "model/stocktake.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Crm::Inventory {

// The lines of a stocktake for its form: code, product, unit, book quantity,
// on-hand now (at posting, once posted), the counted quantity (the one editable
// column, typed as text in the user's locale; empty: not counted) and the
// variance posting moves, counted - on-hand.
class StocktakeLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Product, Unit, Book, OnHand, Counted, Variance, ColumnCount };
    struct Summary
    {
        int lines = 0;
        int counted = 0;
        int differing = 0; // counted lines whose variance is not zero
        Quantity surplus;  // sum of the positive variances
        Quantity shortage; // sum of the negative ones, as a positive quantity
    };

    using QAbstractTableModel::QAbstractTableModel;
    void reset(const Stocktake &stocktake, const QHash<qint64, Quantity> &onHandNow);
    const QList<StocktakeLine> &lines() const { return m_lines; }
    void removeLine(int row);
    Summary summary() const;
    // The variance of a counted line (posted: the one posted); empty when not counted.
    std::optional<Quantity> variance(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A counted quantity was not taken; `message` says why.
    void inputRefused(const QString &message);
    void countsChanged();

private:
    Quantity onHand(int row) const;
    QList<StocktakeLine> m_lines;
    QHash<qint64, Quantity> m_onHandNow;
    bool m_editable = false;
};

} // namespace Crm::Inventory
