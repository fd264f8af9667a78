#include "fielderror.h"

namespace Crm {

FieldError::FieldError(QWidget *parent) : QLabel(parent)
{
    setStyleSheet(QStringLiteral("color: #b00020;"));
    setWordWrap(true);
    hide();
}

void FieldError::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void FieldError::clearMessage()
{
    clear();
    hide();
}

} // namespace Crm
