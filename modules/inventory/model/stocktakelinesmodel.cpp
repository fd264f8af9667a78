#include "stocktakelinesmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Crm::Inventory {

void StocktakeLinesModel::reset(const Stocktake &stocktake, const QHash<qint64, Quantity> &onHandNow)
{
    beginResetModel();
    m_lines = stocktake.lines;
    m_onHandNow = onHandNow;
    m_editable = stocktake.isEditable();
    endResetModel();
    emit countsChanged();
}

void StocktakeLinesModel::removeLine(int row)
{
    if (!m_editable || row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    emit countsChanged();
}

Quantity StocktakeLinesModel::onHand(int row) const
{
    const StocktakeLine &l = m_lines.at(row);
    if (l.onHandAtPost)
        return *l.onHandAtPost;
    return m_onHandNow.value(l.productId, l.book);
}

std::optional<Quantity> StocktakeLinesModel::variance(int row) const
{
    const StocktakeLine &l = m_lines.at(row);
    if (l.variance)
        return l.variance;
    if (!l.counted)
        return std::nullopt;
    return *l.counted - onHand(row);
}

StocktakeLinesModel::Summary StocktakeLinesModel::summary() const
{
    Summary s;
    s.lines = int(m_lines.size());
    for (int row = 0; row < m_lines.size(); ++row) {
        const auto v = variance(row);
        if (!v)
            continue;
        ++s.counted;
        if (v->isZero())
            continue;
        ++s.differing;
        if (v->milli() > 0)
            s.surplus = s.surplus + *v;
        else
            s.shortage = s.shortage - *v;
    }
    return s;
}

int StocktakeLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int StocktakeLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StocktakeLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const StocktakeLine &l = m_lines.at(index.row());
    const QLocale locale;
    const bool moved = !l.onHandAtPost && onHand(index.row()) != l.book;
    if (role == Qt::TextAlignmentRole && index.column() >= Book)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == OnHand && moved) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == OnHand && moved)
        return tr("Stock moved since this line was added to the sheet (book %1, on hand now %2); the variance is "
                  "measured against the on-hand when the stocktake is posted.")
            .arg(l.book.toString(locale), onHand(index.row()).toString(locale));
    if (role == Qt::ForegroundRole && index.column() == Variance) {
        const auto v = variance(index.row());
        if (v && v->milli() < 0)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (v && v->milli() > 0)
            return QBrush(QColor(0x1b, 0x6e, 0x20));
        return {};
    }
    if (role == Qt::BackgroundRole && index.column() == Counted && m_editable)
        return QBrush(l.counted ? QColor(0xf1, 0xf8, 0xe9) : QColor(0xff, 0xfd, 0xe7));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Code:
        return l.code;
    case Product:
        return l.specification.isEmpty() ? l.name : QStringLiteral("%1 %2").arg(l.name, l.specification);
    case Unit:
        return l.unit;
    case Book:
        return l.book.toString(locale);
    case OnHand:
        return onHand(index.row()).toString(locale);
    case Counted:
        return l.counted ? l.counted->toString(locale) : QString();
    case Variance: {
        const auto v = variance(index.row());
        if (!v)
            return QString();
        return v->milli() > 0 ? QLatin1Char('+') + v->toString(locale) : v->toString(locale);
    }
    default:
        return {};
    }
}

QVariant StocktakeLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Product:
        return tr("Product");
    case Unit:
        return tr("Unit");
    case Book:
        return tr("Book");
    case OnHand:
        return tr("On hand");
    case Counted:
        return tr("Counted");
    case Variance:
        return tr("Variance");
    default:
        return {};
    }
}

Qt::ItemFlags StocktakeLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && index.column() == Counted)
        f |= Qt::ItemIsEditable;
    return f;
}

bool StocktakeLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || role != Qt::EditRole || index.column() != Counted || index.row() >= m_lines.size())
        return false;
    StocktakeLine &l = m_lines[index.row()];
    const QString text = value.toString().trimmed();
    std::optional<Quantity> counted;
    if (!text.isEmpty()) {
        counted = Quantity::parse(text, QLocale());
        if (!counted) {
            emit inputRefused(tr("%1: \"%2\" is not a quantity.").arg(l.code, text));
            return false;
        }
        if (counted->milli() < 0) {
            emit inputRefused(tr("%1: a counted quantity cannot be below zero.").arg(l.code));
            return false;
        }
    }
    l.counted = counted;
    emit dataChanged(this->index(index.row(), Counted), this->index(index.row(), Variance));
    emit countsChanged();
    return true;
}

} // namespace Crm::Inventory
