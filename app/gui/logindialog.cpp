#include "logindialog.h"

#include "auth/userrepository.h"
#include "db/error.h"
#include "model/settings.h"
#include "ui/fielderror.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Crm {

LoginDialog::LoginDialog(const Database &db, const QString &hint, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in — %1").arg(Settings(db).companyName()));
    m_login = new QLineEdit(QSettings().value(QStringLiteral("lastLogin")).toString(), this);
    m_login->setObjectName(QStringLiteral("login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new FieldError(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (!hint.isEmpty()) {
        auto *h = new QLabel(hint, this);
        h->setWordWrap(true);
        layout->addWidget(h);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

void LoginDialog::tryLogin()
{
    try {
        if (auto s = UserRepository(m_db, m_login->text()).authenticate(m_login->text(), m_password->text())) {
            m_session = *s;
            QSettings().setValue(QStringLiteral("lastLogin"), m_session.login());
            accept();
            return;
        }
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return;
    }
    m_error->showMessage(tr("Wrong login or password, or the account is inactive."));
    m_password->clear();
    m_password->setFocus();
}

} // namespace Crm
