#include "userspage.h"

#include "auth/user.h"
#include "auth/userrepository.h"
#include "db/database.h"
#include "db/error.h"
#include "ui/fielderror.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Crm {

UsersPage::UsersPage(const Database &db, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_session(session)
{
    setObjectName(QStringLiteral("core.users"));
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("Manager"), tr("Active")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::activated, this, &UsersPage::editCurrent);
    auto *add = new QPushButton(tr("&New user"), this);
    auto *open = new QPushButton(tr("&Open"), this);
    connect(add, &QPushButton::clicked, this, &UsersPage::newUser);
    connect(open, &QPushButton::clicked, this, &UsersPage::editCurrent);
    auto *top = new QHBoxLayout;
    top->addStretch();
    top->addWidget(add);
    top->addWidget(open);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newAction, &QAction::triggered, this, &UsersPage::newUser);
    addAction(newAction);
    reload();
}

void UsersPage::reload()
{
    UserRepository repo(m_db, m_session.login());
    const QList<User> users = repo.users();
    QHash<qint64, QString> roleNames;
    for (const Role &r : repo.roles())
        roleNames.insert(r.id, r.name);
    QHash<qint64, QString> names;
    for (const User &u : users)
        names.insert(u.id, u.name);
    m_table->setRowCount(int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const User &u = users.at(row);
        const QStringList cells{u.login, u.name, roleNames.value(u.roleId), names.value(u.managerId),
                                u.active ? tr("Yes") : tr("No")};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, u.id);
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void UsersPage::newUser()
{
    edit(0);
}

void UsersPage::editCurrent()
{
    if (QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0))
        edit(item->data(Qt::UserRole).toLongLong());
}

void UsersPage::edit(qint64 id)
{
    UserDialog dialog(m_db, m_session, id, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

UserDialog::UserDialog(const Database &db, const Session &session, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_session(session)
    , m_id(id)
{
    setObjectName(QStringLiteral("userDialog"));
    UserRepository repo(db, session.login());
    User user;
    if (id > 0)
        if (auto u = repo.load(id))
            user = *u;
    m_login = new QLineEdit(user.login, this);
    m_name = new QLineEdit(user.name, this);
    m_email = new QLineEdit(user.email, this);
    m_role = new QComboBox(this);
    for (const Role &r : repo.roles())
        m_role->addItem(r.name, r.id);
    m_role->setCurrentIndex(std::max(0, m_role->findData(user.roleId)));
    m_manager = new QComboBox(this);
    m_manager->addItem(tr("(none)"), 0);
    for (const User &u : repo.users())
        if (u.id != id)
            m_manager->addItem(u.name, u.id);
    m_manager->setCurrentIndex(std::max(0, m_manager->findData(user.managerId)));
    m_active = new QCheckBox(tr("&Active (may log in)"), this);
    m_active->setChecked(user.active);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(id > 0 ? tr("unchanged") : tr("at least 6 characters"));
    m_confirm = new QLineEdit(this);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_error = new FieldError(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Manager:"), m_manager);
    form->addRow(QString(), m_active);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Confirm password:"), m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setWindowTitle(id > 0 ? tr("User %1").arg(user.login) : tr("New user"));
}

void UserDialog::save()
{
    m_error->clearMessage();
    if (m_password->text() != m_confirm->text()) {
        m_error->showMessage(tr("The two passwords differ."));
        m_confirm->setFocus();
        return;
    }
    User u;
    UserRepository repo(m_db, m_session.login());
    if (m_id > 0)
        if (auto existing = repo.load(m_id))
            u = *existing;
    u.login = m_login->text();
    u.name = m_name->text();
    u.email = m_email->text();
    u.roleId = m_role->currentData().toLongLong();
    u.managerId = m_manager->currentData().toLongLong();
    u.active = m_active->isChecked();
    if (u.id == m_session.user().id && !u.active) {
        m_error->showMessage(tr("You cannot deactivate yourself."));
        return;
    }
    try {
        repo.save(u, m_password->text());
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return;
    }
    accept();
}

} // namespace Crm
