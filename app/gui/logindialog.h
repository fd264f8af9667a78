#pragma once

#include "auth/user.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Crm {

class Database;
class FieldError;

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(const Database &db, const QString &hint, QWidget *parent = nullptr);
    Session session() const { return m_session; }

public slots:
    void tryLogin();

private:
    const Database &m_db;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    FieldError *m_error = nullptr;
    Session m_session;
};

} // namespace Crm
