#include "fielderror.h"

#include <QVBoxLayout>

namespace Crm {

FieldError::FieldError(QWidget *parent)
    : QLabel(parent)
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

QWidget *withFieldError(QWidget *field, const QString &name, QHash<QString, FieldError *> &errors, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    auto *err = new FieldError(box);
    err->setObjectName(QStringLiteral("error_") + name);
    errors.insert(name, err);
    v->addWidget(err);
    return box;
}

} // namespace Crm
