#include "setupdialog.h"

#include "db/error.h"
#include "ui/fielderror.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace Crm {

SetupDialog::SetupDialog(const Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("setupDialog"));
    setWindowTitle(tr("Welcome to CRM Suite"));
    auto *intro = new QLabel(tr("Set up your company. Everything stays in one file on this computer; "
                                "you can change these details later in Settings."),
                             this);
    intro->setWordWrap(true);
    m_company = new QLineEdit(this);
    m_company->setObjectName(QStringLiteral("company"));
    m_currency = new QLineEdit(QLocale().currencySymbol(QLocale::CurrencyIsoCode).isEmpty()
                                   ? QStringLiteral("CNY")
                                   : QLocale().currencySymbol(QLocale::CurrencyIsoCode),
                               this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setMaxLength(3);
    m_prefix = new QLineEdit(QStringLiteral("A"), this);
    m_prefix->setMaxLength(4);
    m_login = new QLineEdit(QStringLiteral("admin"), this);
    m_login->setObjectName(QStringLiteral("login"));
    m_name = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_singleUser = new QCheckBox(tr("&Single-user mode: start without asking for a log-in"), this);
    m_error = new FieldError(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Company &name:"), m_company);
    form->addRow(tr("&Base currency:"), m_currency);
    form->addRow(tr("Document-number &prefix:"), m_prefix);
    form->addRow(tr("Administrator &login:"), m_login);
    form->addRow(tr("Administrator na&me:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Confirm password:"), m_confirm);
    form->addRow(QString(), m_singleUser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SetupDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, 0);
}

QString SetupDialog::adminLogin() const
{
    return m_login->text().trimmed();
}

void SetupDialog::save()
{
    m_error->clearMessage();
    if (m_password->text() != m_confirm->text()) {
        m_error->showMessage(tr("The two passwords differ."));
        m_confirm->setFocus();
        return;
    }
    SetupAnswers a;
    a.companyName = m_company->text().trimmed();
    a.baseCurrency = m_currency->text().trimmed().toUpper();
    a.numberPrefix = m_prefix->text().trimmed().toUpper();
    a.adminLogin = adminLogin();
    a.adminName = m_name->text().trimmed();
    a.adminPassword = m_password->text();
    a.singleUser = m_singleUser->isChecked();
    try {
        Setup::initialize(m_db, a);
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return;
    }
    accept();
}

} // namespace Crm
