#pragma once

#include "model/setup.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace Crm {

class Database;
class FieldError;

// The first start: company name, base currency and the administrator account.
class SetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SetupDialog(const Database &db, QWidget *parent = nullptr);
    QString adminLogin() const;

public slots:
    void save();

private:
    const Database &m_db;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_currency = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QCheckBox *m_singleUser = nullptr;
    FieldError *m_error = nullptr;
};

} // namespace Crm
