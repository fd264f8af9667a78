#pragma once

#include "model/salesdocumentrepository.h"

#include <QDialog>

class QTableWidget;

namespace Crm::Sales {

// The prices a customer paid for a product (date, order, quantity, price), newest
// first; Enter takes the highlighted price for the line.
class LastPricesDialog : public QDialog
{
    Q_OBJECT
public:
    LastPricesDialog(const QString &product, const QList<LastPrice> &prices, QWidget *parent = nullptr);
    // The chosen price, or nullptr after Escape.
    const LastPrice *chosen() const;
    QTableWidget *table() const { return m_table; }

private:
    QList<LastPrice> m_prices;
    QTableWidget *m_table = nullptr;
};

} // namespace Crm::Sales
