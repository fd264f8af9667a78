#pragma once

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

} // namespace Crm
