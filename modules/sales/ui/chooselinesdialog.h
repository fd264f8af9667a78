#pragma once

#include "model/salesdocument.h"

#include <QDialog>

class QListWidget;

namespace Crm::Sales {

// Which lines of a quotation become the order: every line checked at first;
// Space toggles the current one, Enter takes the checked ones.
class ChooseLinesDialog : public QDialog
{
    Q_OBJECT
public:
    ChooseLinesDialog(const SalesDocument &quotation, QWidget *parent = nullptr);
    // The ids of the checked lines.
    QList<qint64> chosen() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list = nullptr;
};

} // namespace Crm::Sales
