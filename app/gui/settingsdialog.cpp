#include "settingsdialog.h"

#include "auth/user.h"
#include "db/database.h"
#include "db/error.h"
#include "model/settings.h"
#include "module/registry.h"
#include "printtemplatesdialog.h"
#include "translations.h"
#include "ui/settingssection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Crm {

SettingsDialog::SettingsDialog(const Database &db, const Session &session, Registry &registry, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_session(session)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const Settings settings(db);

    auto *langBox = new QGroupBox(tr("This computer"), this);
    auto *lf = new QFormLayout(langBox);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(QSettings().value(QStringLiteral("language")).toString())));
    lf->addRow(tr("&Language:"), m_language);

    auto *companyBox = new QGroupBox(tr("Company (this database)"), this);
    auto *cf = new QFormLayout(companyBox);
    const QList<std::pair<QString, QString>> fields{
        {QStringLiteral("company.name"), tr("Company &name:")},
        {QStringLiteral("company.address"), tr("&Address:")},
        {QStringLiteral("company.phone"), tr("&Phone:")},
        {QStringLiteral("company.tax_id"), tr("&Tax id:")},
        {QStringLiteral("company.bank"), tr("&Bank account:")},
        {QStringLiteral("company.logo"), tr("&Logo file:")},
        {QStringLiteral("numbering.prefix"), tr("Document-number &prefix:")}};
    for (const auto &[key, label] : fields) {
        auto *edit = new QLineEdit(settings.value(key), this);
        edit->setObjectName(key);
        m_edits.insert(key, edit);
        if (key == QLatin1String("company.logo")) {
            auto *row = new QHBoxLayout;
            row->addWidget(edit, 1);
            auto *browse = new QPushButton(tr("&Browse…"), this);
            connect(browse, &QPushButton::clicked, this, [this, edit] {
                const QString f = QFileDialog::getOpenFileName(this, tr("Company logo"), QString(),
                                                               tr("Images (*.png *.jpg *.jpeg *.svg)"));
                if (!f.isEmpty())
                    edit->setText(f);
            });
            row->addWidget(browse);
            auto *caption = new QLabel(label, this);
            caption->setBuddy(edit);
            cf->addRow(caption, row);
        } else {
            cf->addRow(label, edit);
        }
    }
    auto *currency = new QLineEdit(settings.baseCurrency(), this);
    currency->setReadOnly(true);
    currency->setToolTip(tr("The base currency is chosen when the database is created."));
    cf->addRow(tr("Base currency:"), currency);
    m_singleUser =
        new QCheckBox(tr("&Single-user mode: start as %1 without asking for a log-in").arg(session.login()), this);
    m_singleUser->setChecked(!settings.singleUserLogin().isEmpty());
    cf->addRow(QString(), m_singleUser);
    companyBox->setEnabled(session.can(Permissions::ManageSettings));

    auto *printBox = new QGroupBox(tr("Printing"), this);
    auto *pl = new QHBoxLayout(printBox);
    auto *printHint = new QLabel(tr("Paper, copy marks and template of each printed document."), this);
    printHint->setWordWrap(true);
    pl->addWidget(printHint, 1);
    auto *printTemplates = new QPushButton(tr("Print te&mplates…"), this);
    printTemplates->setObjectName(QStringLiteral("printTemplates"));
    printTemplates->setEnabled(!registry.printDocuments().isEmpty());
    connect(printTemplates, &QPushButton::clicked, this, &SettingsDialog::showPrintTemplates);
    pl->addWidget(printTemplates);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Modules' sections, each on its own tab.
    auto *tabs = new QTabWidget(this);
    auto *general = new QWidget(this);
    auto *gl = new QVBoxLayout(general);
    gl->addWidget(langBox);
    gl->addWidget(companyBox);
    gl->addWidget(printBox);
    gl->addStretch();
    tabs->addTab(general, tr("&General"));
    const PageContext ctx{db, session, registry};
    for (const SettingsSpec &spec : registry.settings()) {
        SettingsSection *section = spec.create(ctx, this);
        section->setObjectName(spec.id);
        section->setEnabled(session.can(spec.permission));
        m_sections << section;
        tabs->addTab(section, spec.title());
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(560, 0);
}

void SettingsDialog::showPrintTemplates()
{
    PrintTemplatesDialog dialog(m_db, m_registry, m_session.can(Permissions::ManageSettings), this);
    dialog.exec();
}

void SettingsDialog::save()
{
    const QString language = m_language->currentData().toString();
    const bool languageChanged = QSettings().value(QStringLiteral("language")).toString() != language;
    if (m_session.can(Permissions::ManageSettings)) {
        if (m_edits.value(QStringLiteral("company.name"))->text().trimmed().isEmpty()) {
            QMessageBox::warning(this, tr("Cannot save"), tr("The company name is required."));
            return;
        }
        static const QRegularExpression prefix(QStringLiteral("^[A-Z0-9]{1,4}$"));
        if (!prefix.match(m_edits.value(QStringLiteral("numbering.prefix"))->text().trimmed()).hasMatch()) {
            QMessageBox::warning(this, tr("Cannot save"),
                                 tr("The document-number prefix must be 1 to 4 capital letters or digits."));
            return;
        }
    }
    // Company details and every module's section are stored together, or not at all.
    try {
        WriteTransaction tx(m_db);
        if (m_session.can(Permissions::ManageSettings)) {
            Settings settings(m_db);
            for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
                settings.setValue(it.key(), it.value()->text().trimmed());
            settings.setValue(QStringLiteral("auth.single_user_login"),
                              m_singleUser->isChecked() ? m_session.login() : QString());
        }
        for (SettingsSection *section : std::as_const(m_sections))
            if (section->isEnabled())
                section->save();
        tx.commit();
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Cannot save"), e.message());
        return;
    }
    QSettings().setValue(QStringLiteral("language"), language);
    if (languageChanged)
        QMessageBox::information(this, tr("Language"), tr("The new language is used from the next start."));
    accept();
}

} // namespace Crm
