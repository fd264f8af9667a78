#pragma once

#include <QDateEdit>

namespace Crm {

// A date field where Tab leaves the field (QDateEdit's Tab walks its sections),
// so a form is crossed with one Tab per field. Empty dates are not allowed; the
// calendar pops up with Alt+Down.
class DateField : public QDateEdit
{
public:
    explicit DateField(QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace Crm
