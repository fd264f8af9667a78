#pragma once

#include "model/stocktake.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace Crm::Inventory {

// "Products to count" of the stocktake form: a category, whether only products
// with stock or moves in the warehouse, or a list of codes; Add puts the chosen
// products on the count sheet (addRequested).
class StocktakeSelectionBox : public QGroupBox
{
    Q_OBJECT
public:
    StocktakeSelectionBox(const Database &db, QWidget *parent = nullptr);
    StocktakeSelection selection() const;
    void clearCodes();

signals:
    void addRequested();

private:
    QComboBox *m_category = nullptr;
    QCheckBox *m_stockedOnly = nullptr;
    QLineEdit *m_codes = nullptr;
};

} // namespace Crm::Inventory
