#include "approvaldialog.h"

#include "auth/userrepository.h"
#include "ui/fielderror.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Crm {

ApprovalDialog::ApprovalDialog(const Database &db, const QString &permission, const QString &reasons, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_permission(permission)
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Manager's approval"));
    auto *why = new QLabel(reasons, this);
    why->setWordWrap(true);
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new FieldError(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Manager's &login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Approve"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApprovalDialog::tryApprove);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_login->setFocus();
}

void ApprovalDialog::tryApprove()
{
    const auto session = UserRepository(m_db, QString()).authenticate(m_login->text().trimmed(), m_password->text());
    if (!session) {
        m_error->showMessage(tr("Unknown login or wrong password."));
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    if (!session->can(m_permission)) {
        m_error->showMessage(tr("%1 may not approve this.").arg(session->user().name));
        m_login->selectAll();
        m_login->setFocus();
        return;
    }
    m_approver = *session;
    accept();
}

} // namespace Crm
