#include "saleslinesmodel.h"

#include "model/documenteditor.h"

#include <QBrush>
#include <QColor>

namespace Crm::Sales {

SalesLinesModel::SalesLinesModel(DocumentEditor &editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{
    // The empty row becomes a line and a new empty row follows it.
    connect(&editor, &DocumentEditor::lineAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row + 1, row + 1); });
    connect(&editor, &DocumentEditor::lineInserted, this, [this] { endInsertRows(); });
    connect(&editor, &DocumentEditor::lineAboutToBeRemoved, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(&editor, &DocumentEditor::lineRemoved, this, [this] { endRemoveRows(); });
    connect(&editor, &DocumentEditor::changed, this,
            [this] { emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1)); });
    connect(&editor, &DocumentEditor::headerChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int SalesLinesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_editor.lineCount() + (m_editor.isEditable() ? 1 : 0);
}

int SalesLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SalesLinesModel::data(const QModelIndex &index, int role) const
{
    const int row = index.row();
    if (!index.isValid() || row >= m_editor.lineCount())
        return {};
    const SalesLine &l = m_editor.line(row);
    const ProductFacts *p = m_editor.product(l.productId);
    const QString currency = m_editor.document().currency;
    const int col = index.column();
    if (role == ProductIdRole)
        return l.productId;
    if (role == Qt::TextAlignmentRole)
        return col >= Quantity && col != Unit ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const QList<Breach> breaches = m_editor.lineBreaches(row);
    if (role == Qt::BackgroundRole && !breaches.isEmpty())
        return QBrush(QColor(255, 226, 222));
    if (role == Qt::ToolTipRole && !breaches.isEmpty()) {
        QStringList messages;
        for (const Breach &b : breaches)
            messages << b.message;
        return messages.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    const Pricing::PricedLine &priced = m_editor.priced().lines.at(row);
    switch (col) {
    case Product:
        return p ? p->code : QString();
    case Description:
        return l.description;
    case Quantity:
        return l.quantity.toString(m_locale);
    case Unit:
        return p ? p->unitCode : QString();
    case UnitPrice:
        return Money(m_editor.exclusivePrice(row), currency).toString(m_locale, false, !edit);
    case InclusivePrice:
        return Money(m_editor.inclusivePrice(row), currency).toString(m_locale, false, !edit);
    case Discount:
        return l.discount.basisPoints() == 0 && !edit ? QString() : l.discount.toString(m_locale);
    case Tax:
        return l.tax.toString(m_locale);
    case Amount:
        return priced.net.toString(m_locale, false, true);
    case Total:
        return priced.total.toString(m_locale, false, true);
    default:
        return {};
    }
}

QVariant SalesLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Product:
        return tr("Product");
    case Description:
        return tr("Description");
    case Quantity:
        return tr("Quantity");
    case Unit:
        return tr("Unit");
    case UnitPrice:
        return tr("Unit price");
    case InclusivePrice:
        return tr("Incl. tax");
    case Discount:
        return tr("Discount");
    case Tax:
        return tr("Tax");
    case Amount:
        return tr("Net amount");
    case Total:
        return tr("Total");
    default:
        return {};
    }
}

Qt::ItemFlags SalesLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_editor.isEditable())
        return f;
    const int col = index.column();
    const bool newRow = index.row() >= m_editor.lineCount();
    if (col == Product || col == Description || (!newRow && col != Unit && col != Amount && col != Total))
        f |= Qt::ItemIsEditable;
    return f;
}

bool SalesLinesModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || !m_editor.isEditable() || row < 0 || row + count > m_editor.lineCount())
        return false;
    for (int i = 0; i < count; ++i)
        m_editor.removeLine(row);
    return true;
}

bool SalesLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    m_error.clear();
    if (!index.isValid() || (role != Qt::EditRole && role != ProductIdRole) || !m_editor.isEditable())
        return false;
    const int row = index.row();
    const QString text = value.toString().trimmed();
    const QString currency = m_editor.document().currency;
    switch (index.column()) {
    case Product:
        if (value.toLongLong() <= 0)
            return false;
        m_editor.setLineProduct(row, value.toLongLong());
        return true;
    case Description:
        if (row >= m_editor.lineCount() && text.isEmpty())
            return false;
        m_editor.setLineDescription(row, value.toString());
        return true;
    case Quantity: {
        const auto q = Quantity::parse(text, m_locale);
        if (!q || q->milli() <= 0) {
            m_error = tr("Line %1: \"%2\" is not a quantity greater than zero.").arg(row + 1).arg(text);
            return false;
        }
        m_editor.setLineQuantity(row, *q);
        return true;
    }
    case UnitPrice:
    case InclusivePrice: {
        const auto m = Money::parse(text, currency, m_locale);
        if (!m || m->minor() < 0) {
            m_error = tr("Line %1: \"%2\" is not a price.").arg(row + 1).arg(text);
            return false;
        }
        if (index.column() == UnitPrice)
            m_editor.setLineUnitPrice(row, m->minor());
        else
            m_editor.setLineInclusivePrice(row, m->minor());
        return true;
    }
    case Discount:
    case Tax: {
        const auto r = text.isEmpty() ? std::optional<Rate>(Rate()) : Rate::parse(text, m_locale);
        if (!r || r->basisPoints() < 0 || r->basisPoints() > 10000) {
            m_error = tr("Line %1: \"%2\" is not a percentage between 0 and 100.").arg(row + 1).arg(text);
            return false;
        }
        if (index.column() == Discount)
            m_editor.setLineDiscount(row, *r);
        else
            m_editor.setLineTax(row, *r);
        return true;
    }
    default:
        return false;
    }
}

} // namespace Crm::Sales
