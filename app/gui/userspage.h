#pragma once

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableWidget;

namespace Crm {

class Database;
class FieldError;
class Session;
struct User;

// Administrators' list of users: login, name, role, manager, active.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    UsersPage(const Database &db, const Session &session, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

public slots:
    void reload();
    void newUser();
    void editCurrent();

private:
    void edit(qint64 id);
    const Database &m_db;
    const Session &m_session;
    QTableWidget *m_table = nullptr;
};

// Creates or edits one user; a new user needs a password, an existing one keeps
// theirs unless a new one is typed.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    UserDialog(const Database &db, const Session &session, qint64 id, QWidget *parent = nullptr);

public slots:
    void save();

private:
    const Database &m_db;
    const Session &m_session;
    qint64 m_id = 0;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_manager = nullptr;
    QCheckBox *m_active = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    FieldError *m_error = nullptr;
};

} // namespace Crm
