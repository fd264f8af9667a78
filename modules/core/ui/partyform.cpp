#include "partyform.h"

#include "auth/user.h"
#include "auth/userrepository.h"
#include "db/database.h"
#include "db/error.h"
#include "model/money.h"
#include "model/partyrepository.h"
#include "model/recordrepository.h"
#include "model/settings.h"
#include "module/registry.h"
#include "ui/contactsgrid.h"
#include "ui/duplicatepanel.h"
#include "ui/fielderror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Crm {

PartyForm::PartyForm(const Database &db, const Session &session, qint64 id, bool asCustomer, QWidget *parent,
                     Registry *registry)
    : QDialog(parent)
    , m_db(db)
    , m_session(session)
{
    setObjectName(QStringLiteral("partyForm"));
    if (id > 0) {
        if (auto p = PartyRepository(db, session.login()).load(id))
            m_party = *p;
    } else {
        m_party.isCustomer = asCustomer;
        m_party.isSupplier = !asCustomer;
        m_party.status = asCustomer ? QStringLiteral("prospect") : QStringLiteral("customer");
        m_party.ownerId = session.user().id;
        m_party.currency = Settings(db).baseCurrency();
    }
    buildUi(asCustomer);
    if (registry && m_party.id > 0)
        addModuleTabs(*registry);
    fillFromParty();
    const QString kind = m_party.isCustomer ? tr("Customer") : tr("Supplier");
    setWindowTitle(m_party.id > 0 ? tr("%1 %2 — %3").arg(kind, m_party.code, m_party.name)
                                  : tr("New %1").arg(kind.toLower()));
    resize(860, 620);
}

QLineEdit *PartyForm::addEdit(const QString &name, const QString &placeholder)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    m_edits.insert(name, e);
    return e;
}

void PartyForm::buildUi(bool asCustomer)
{
    Q_UNUSED(asCustomer)
    auto fieldWithError = [this](QWidget *field, const QString &name) {
        return withFieldError(field, name, m_errors, this);
    };

    // General
    auto *general = new QWidget(this);
    auto *g = new QFormLayout(general);
    g->addRow(tr("&Name:"),
              fieldWithError(addEdit(QStringLiteral("name"), tr("Full legal name")), QStringLiteral("name")));
    g->addRow(tr("Short na&me:"), addEdit(QStringLiteral("short_name")));
    g->addRow(tr("Co&de:"),
              fieldWithError(addEdit(QStringLiteral("code"), tr("assigned automatically")), QStringLiteral("code")));
    m_type = new QComboBox(this);
    for (const QString &t : Party::partyTypes())
        m_type->addItem(Party::partyTypeTitle(t), t);
    g->addRow(tr("&Type:"), m_type);
    auto *roles = new QHBoxLayout;
    m_isCustomer = new QCheckBox(tr("C&ustomer"), this);
    m_isSupplier = new QCheckBox(tr("Su&pplier"), this);
    roles->addWidget(m_isCustomer);
    roles->addWidget(m_isSupplier);
    roles->addStretch();
    g->addRow(tr("Role:"), roles);
    m_status = new QComboBox(this);
    for (const QString &s : Party::statuses())
        m_status->addItem(Party::statusTitle(s), s);
    g->addRow(tr("&Status:"), m_status);
    m_level = new QComboBox(this);
    m_level->setEditable(true);
    m_level->addItems({QString(), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")});
    g->addRow(tr("&Level:"), m_level);
    m_owner = new QComboBox(this);
    m_owner->addItem(tr("(nobody)"), 0);
    for (const User &u : UserRepository(m_db, m_session.login()).users())
        if (u.active)
            m_owner->addItem(u.name, u.id);
    g->addRow(tr("&Owner:"), m_owner);
    g->addRow(tr("&Industry:"), addEdit(QStringLiteral("industry")));
    g->addRow(tr("Sou&rce:"), addEdit(QStringLiteral("source"), tr("trade fair, referral, website…")));
    g->addRow(tr("Ta&gs:"), addEdit(QStringLiteral("tags"), tr("comma separated")));

    // Address and phones
    auto *address = new QWidget(this);
    auto *a = new QFormLayout(address);
    a->addRow(tr("&Phone:"), addEdit(QStringLiteral("phone")));
    a->addRow(tr("&Mobile:"), addEdit(QStringLiteral("mobile")));
    a->addRow(tr("&Fax:"), addEdit(QStringLiteral("fax")));
    a->addRow(tr("&E-mail:"), fieldWithError(addEdit(QStringLiteral("email")), QStringLiteral("email")));
    a->addRow(tr("&Website:"), addEdit(QStringLiteral("website")));
    a->addRow(tr("&Country:"), addEdit(QStringLiteral("country")));
    a->addRow(tr("&Region:"), addEdit(QStringLiteral("region"), tr("province, state or sales region")));
    a->addRow(tr("C&ity:"), addEdit(QStringLiteral("city")));
    a->addRow(tr("&Address:"), addEdit(QStringLiteral("address")));
    a->addRow(tr("Postal co&de:"), addEdit(QStringLiteral("postal_code")));
    a->addRow(tr("S&hip-to address:"), addEdit(QStringLiteral("shipping_address")));

    // Commercial
    auto *commercial = new QWidget(this);
    auto *c = new QFormLayout(commercial);
    c->addRow(tr("&Tax id:"), addEdit(QStringLiteral("tax_id")));
    c->addRow(tr("C&redit limit:"), fieldWithError(addEdit(QStringLiteral("credit_limit"), QStringLiteral("0.00")),
                                                   QStringLiteral("credit_limit")));
    m_terms = new QComboBox(this);
    m_terms->addItem(tr("(none)"), 0);
    for (const auto &[tid, label] : RecordRepository::lookupRows(m_db, QStringLiteral("core_payment_terms")))
        m_terms->addItem(label, tid);
    c->addRow(tr("Payment &terms:"), m_terms);
    m_currency = new QComboBox(this);
    for (const QString &code : RecordRepository::activeCodes(m_db, QStringLiteral("core_currency")))
        m_currency->addItem(code, code);
    c->addRow(tr("C&urrency:"), m_currency);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    c->addRow(tr("&Notes:"), m_notes);

    m_contacts = new ContactsGrid(this);
    connect(m_contacts, &ContactsGrid::changed, this, [this] { m_dupTimer->start(); });

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(general, tr("&1 General"));
    m_tabs->addTab(address, tr("&2 Address and phones"));
    m_tabs->addTab(commercial, tr("&3 Commercial"));
    m_tabs->addTab(m_contacts, tr("&4 Contacts"));

    m_duplicates = new DuplicatePanel(this);
    connect(m_duplicates, &DuplicatePanel::openRequested, this, [this](qint64 id) {
        m_openInstead = id;
        reject();
    });

    m_dupTimer = new QTimer(this);
    m_dupTimer->setSingleShot(true);
    m_dupTimer->setInterval(250);
    connect(m_dupTimer, &QTimer::timeout, this, &PartyForm::checkDuplicates);
    for (const QString &name : {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("mobile"),
                                QStringLiteral("email"), QStringLiteral("tax_id")})
        connect(m_edits.value(name), &QLineEdit::textEdited, m_dupTimer, qOverload<>(&QTimer::start));
    connect(m_edits.value(QStringLiteral("email")), &QLineEdit::editingFinished, this, [this] {
        const QString email = m_edits.value(QStringLiteral("email"))->text().trimmed();
        Party probe;
        probe.name = QStringLiteral("x");
        probe.isCustomer = true;
        probe.email = email;
        try {
            PartyRepository::validate(probe);
            m_errors.value(QStringLiteral("email"))->clearMessage();
        } catch (const Error &e) {
            m_errors.value(QStringLiteral("email"))->showMessage(e.message());
        }
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+S)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PartyForm::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &PartyForm::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_duplicates);
    layout->addWidget(buttons);
    m_edits.value(QStringLiteral("name"))->setFocus();
}

void PartyForm::addModuleTabs(Registry &registry)
{
    const PageContext ctx{m_db, m_session, registry};
    for (const FormTabSpec &t : registry.formTabs(QStringLiteral("core.party"))) {
        if (!m_session.can(t.permission))
            continue;
        if (QWidget *tab = t.create(ctx, m_party.id, m_party.isCustomer, m_tabs))
            m_tabs->addTab(tab, QStringLiteral("&%1 %2").arg(m_tabs->count() + 1).arg(t.title()));
    }
}

void PartyForm::fillFromParty()
{
    const Party &p = m_party;
    const QList<QPair<QString, QString>> texts{{QStringLiteral("code"), p.code},
                                               {QStringLiteral("name"), p.name},
                                               {QStringLiteral("short_name"), p.shortName},
                                               {QStringLiteral("industry"), p.industry},
                                               {QStringLiteral("source"), p.source},
                                               {QStringLiteral("tags"), p.tags},
                                               {QStringLiteral("phone"), p.phone},
                                               {QStringLiteral("mobile"), p.mobile},
                                               {QStringLiteral("fax"), p.fax},
                                               {QStringLiteral("email"), p.email},
                                               {QStringLiteral("website"), p.website},
                                               {QStringLiteral("country"), p.country},
                                               {QStringLiteral("region"), p.region},
                                               {QStringLiteral("city"), p.city},
                                               {QStringLiteral("address"), p.address},
                                               {QStringLiteral("postal_code"), p.postalCode},
                                               {QStringLiteral("shipping_address"), p.shippingAddress},
                                               {QStringLiteral("tax_id"), p.taxId}};
    for (const auto &[name, value] : texts)
        m_edits.value(name)->setText(value);
    const QString currency = p.currency.isEmpty() ? Settings(m_db).baseCurrency() : p.currency;
    m_edits.value(QStringLiteral("credit_limit"))->setText(Money(p.creditLimitMinor, currency).toString(QLocale()));
    m_type->setCurrentIndex(std::max(0, m_type->findData(p.partyType)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(p.status)));
    m_level->setCurrentText(p.level);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(p.ownerId)));
    m_terms->setCurrentIndex(std::max(0, m_terms->findData(p.paymentTermsId)));
    if (m_currency->findData(currency) < 0)
        m_currency->addItem(currency, currency);
    m_currency->setCurrentIndex(m_currency->findData(currency));
    m_isCustomer->setChecked(p.isCustomer);
    m_isSupplier->setChecked(p.isSupplier);
    m_notes->setPlainText(p.notes);
    m_contacts->setContacts(p.contacts);
}

void PartyForm::readIntoParty()
{
    Party &p = m_party;
    auto t = [this](const char *name) { return m_edits.value(QLatin1String(name))->text().trimmed(); };
    p.code = t("code");
    p.name = t("name");
    p.shortName = t("short_name");
    p.industry = t("industry");
    p.source = t("source");
    p.tags = t("tags");
    p.phone = t("phone");
    p.mobile = t("mobile");
    p.fax = t("fax");
    p.email = t("email");
    p.website = t("website");
    p.country = t("country");
    p.region = t("region");
    p.city = t("city");
    p.address = t("address");
    p.postalCode = t("postal_code");
    p.shippingAddress = t("shipping_address");
    p.taxId = t("tax_id");
    p.partyType = m_type->currentData().toString();
    p.status = m_status->currentData().toString();
    p.level = m_level->currentText().trimmed();
    p.ownerId = m_owner->currentData().toLongLong();
    p.paymentTermsId = m_terms->currentData().toLongLong();
    p.currency = m_currency->currentData().toString();
    p.isCustomer = m_isCustomer->isChecked();
    p.isSupplier = m_isSupplier->isChecked();
    p.notes = m_notes->toPlainText();
    p.contacts = m_contacts->contacts();
}

void PartyForm::checkDuplicates()
{
    readIntoParty();
    try {
        m_duplicates->setCandidates(DuplicateFinder(m_db).find(m_party));
    } catch (const Error &) {
        m_duplicates->setCandidates({});
    }
}

void PartyForm::showFieldError(const QString &field, const QString &message)
{
    if (FieldError *err = m_errors.value(field)) {
        err->showMessage(message);
        for (int i = 0; i < m_tabs->count(); ++i)
            if (m_tabs->widget(i)->isAncestorOf(err))
                m_tabs->setCurrentIndex(i);
        if (QLineEdit *edit = m_edits.value(field))
            edit->setFocus();
        return;
    }
    if (field == QLatin1String("contacts"))
        m_tabs->setCurrentWidget(m_contacts);
    QMessageBox::warning(this, tr("Cannot save"), message);
}

void PartyForm::clearErrors()
{
    for (FieldError *e : std::as_const(m_errors))
        e->clearMessage();
}

void PartyForm::save()
{
    clearErrors();
    readIntoParty();
    const QString creditText = m_edits.value(QStringLiteral("credit_limit"))->text();
    const auto credit = creditText.trimmed().isEmpty() ? std::optional<Money>(Money(0, m_party.currency))
                                                       : Money::parse(creditText, m_party.currency, QLocale());
    if (!credit) {
        showFieldError(QStringLiteral("credit_limit"), tr("The credit limit \"%1\" is not an amount.").arg(creditText));
        return;
    }
    m_party.creditLimitMinor = credit->minor();
    try {
        PartyRepository::validate(m_party);
    } catch (const Error &e) {
        showFieldError(e.field(), e.message());
        return;
    }
    const QList<DuplicateCandidate> dups = DuplicateFinder(m_db).find(m_party);
    for (const DuplicateCandidate &d : dups) {
        if (!d.exactName)
            continue;
        const auto answer = QMessageBox::question(
            this, tr("Possible duplicate"), tr("%1 %2 has the same name. Save this record anyway?").arg(d.code, d.name),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return;
        break;
    }
    try {
        PartyRepository(m_db, m_session.login()).save(m_party);
    } catch (const Error &e) {
        showFieldError(e.field(), e.message());
        return;
    }
    accept();
}

qint64 PartyForm::edit(const Database &db, const Session &session, qint64 id, bool asCustomer, QWidget *parent,
                       Registry *registry)
{
    qint64 current = id;
    // Opening an existing duplicate replaces the form with that record's form.
    for (int hops = 0; hops < 5; ++hops) {
        PartyForm form(db, session, current, asCustomer, parent, registry);
        if (form.exec() == QDialog::Accepted)
            return form.savedId();
        if (form.openInstead() <= 0)
            return 0;
        current = form.openInstead();
    }
    return 0;
}

} // namespace Crm
