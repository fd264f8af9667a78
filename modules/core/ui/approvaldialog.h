#pragma once

#include "auth/user.h"

#include <QDialog>

class QLineEdit;

namespace Crm {

class Database;
class FieldError;

// Another user (a manager) approves what the current user may not do alone: they
// log in here; the dialog accepts only a user who holds `permission`.
class ApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    ApprovalDialog(const Database &db, const QString &permission, const QString &reasons, QWidget *parent = nullptr);
    Session approver() const { return m_approver; }

public slots:
    void tryApprove();

private:
    const Database &m_db;
    QString m_permission;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    FieldError *m_error = nullptr;
    Session m_approver;
};

} // namespace Crm
