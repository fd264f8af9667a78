#pragma once

#include <QAbstractTableModel>
#include <QLocale>

namespace Crm::Sales {

class DocumentEditor;

// The lines of a document being entered, as an editable table; one empty row at
// the end takes a new line. Every edit goes through the DocumentEditor, which
// prices the document again; lines that break a guardrail are marked.
class SalesLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Product,
        Description,
        Quantity,
        Unit,
        UnitPrice,
        InclusivePrice,
        Discount,
        Tax,
        Amount,
        Total,
        ColumnCount
    };
    static constexpr int ProductIdRole = Qt::UserRole + 1;

    explicit SalesLinesModel(DocumentEditor &editor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Text is parsed by the locale; a malformed value is refused (returns false)
    // and `lastError()` says why.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    QString lastError() const { return m_error; }

private:
    DocumentEditor &m_editor;
    QLocale m_locale;
    QString m_error;
};

} // namespace Crm::Sales
