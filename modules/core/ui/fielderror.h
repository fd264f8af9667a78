#pragma once

#include <QHash>
#include <QLabel>

namespace Crm {

// A validation message shown next to (below) the field it is about.
class FieldError : public QLabel
{
    Q_OBJECT
public:
    explicit FieldError(QWidget *parent = nullptr);
    void showMessage(const QString &message);
    void clearMessage();
};

// `field` with a FieldError below it, registered in `errors` under `name`.
QWidget *withFieldError(QWidget *field, const QString &name, QHash<QString, FieldError *> &errors, QWidget *parent);

} // namespace Crm
