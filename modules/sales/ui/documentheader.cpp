#include "documentheader.h"

#include "auth/userrepository.h"
#include "model/decimal.h"
#include "model/documenteditor.h"
#include "model/recordrepository.h"
#include "model/standardlists.h"
#include "ui/datefield.h"
#include "ui/fielderror.h"
#include "ui/recordpicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace Crm::Sales {

namespace {
void selectData(QComboBox *box, const QVariant &value)
{
    const QSignalBlocker block(box);
    box->setCurrentIndex(std::max(0, box->findData(value)));
}
} // namespace

DocumentHeader::DocumentHeader(DocumentEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    const Database &db = editor.database();
    const bool quotation = editor.document().kind == SalesDocument::Kind::Quotation;
    ListSpec customers = StandardLists::parties(QStringLiteral("sales.picker.customers"), true);
    m_customer = new RecordPicker(db, customers, 4, this);
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setPlaceholderText(tr("Type a name, code, phone or contact"));
    m_customer->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 26);
    connect(m_customer, &RecordPicker::picked, this, [this](qint64 id) { m_editor.setCustomer(id); });

    m_contact = new QComboBox(this);
    m_contact->setObjectName(QStringLiteral("contact"));
    connect(m_contact, &QComboBox::activated, this,
            [this] { m_editor.setContact(m_contact->currentData().toLongLong()); });
    m_salesperson = new QComboBox(this);
    m_salesperson->setObjectName(QStringLiteral("salesperson"));
    m_salesperson->addItem(tr("(nobody)"), 0);
    for (const User &u : UserRepository(db, editor.session().login()).users())
        if (u.active || u.id == editor.document().salespersonId)
            m_salesperson->addItem(u.name, u.id);
    connect(m_salesperson, &QComboBox::activated, this,
            [this] { m_editor.setSalesperson(m_salesperson->currentData().toLongLong()); });

    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("date"));
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &d) { m_editor.setDate(d); });
    m_until = new DateField(this);
    m_until->setObjectName(QStringLiteral("until"));
    connect(m_until, &QDateEdit::dateChanged, this, [this](const QDate &d) { m_editor.setUntil(d); });

    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    for (const QString &code : RecordRepository::activeCodes(db, QStringLiteral("core_currency")))
        m_currency->addItem(code, code);
    connect(m_currency, &QComboBox::activated, this,
            [this] { m_editor.setCurrency(m_currency->currentData().toString()); });
    m_rate = new QLineEdit(this);
    m_rate->setObjectName(QStringLiteral("rate"));
    m_rate->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    connect(m_rate, &QLineEdit::editingFinished, this, [this] {
        const auto rate = Decimal::parse(m_rate->text(), 6, QLocale());
        if (rate && *rate > 0 && *rate != m_editor.document().rateMicros) {
            m_errors.value(QStringLiteral("rate"))->clearMessage();
            m_editor.setRateMicros(*rate);
        } else if (!rate || *rate <= 0) {
            m_errors.value(QStringLiteral("rate"))->showMessage(tr("The rate must be a number greater than zero."));
        }
    });
    m_terms = new QComboBox(this);
    m_terms->setObjectName(QStringLiteral("payment_terms"));
    m_terms->addItem(tr("(none)"), 0);
    for (const auto &[id, label] : RecordRepository::lookupRows(db, QStringLiteral("core_payment_terms")))
        m_terms->addItem(label, id);
    connect(m_terms, &QComboBox::activated, this,
            [this] { m_editor.setPaymentTerms(m_terms->currentData().toLongLong()); });
    m_taxMode = new QComboBox(this);
    m_taxMode->setObjectName(QStringLiteral("tax_mode"));
    m_taxMode->addItem(tr("Prices exclude tax"), int(Pricing::TaxMode::Exclusive));
    m_taxMode->addItem(tr("Prices include tax"), int(Pricing::TaxMode::Inclusive));
    connect(m_taxMode, &QComboBox::activated, this,
            [this] { m_editor.setTaxMode(Pricing::TaxMode(m_taxMode->currentData().toInt())); });

    auto field = [this](QWidget *w, const QString &name) { return withFieldError(w, name, m_errors, this); };
    auto *left = new QFormLayout;
    left->addRow(tr("C&ustomer:"), field(m_customer, QStringLiteral("customer")));
    left->addRow(tr("C&ontact:"), m_contact);
    left->addRow(tr("Sales&person:"), m_salesperson);
    auto *middle = new QFormLayout;
    middle->addRow(tr("Da&te:"), field(m_date, QStringLiteral("date")));
    middle->addRow(quotation ? tr("&Valid until:") : tr("&Delivery date:"),
                   field(m_until, quotation ? QStringLiteral("valid_until") : QStringLiteral("delivery_date")));
    middle->addRow(tr("Pa&yment terms:"), m_terms);
    auto *right = new QFormLayout;
    auto *money = new QHBoxLayout;
    money->addWidget(m_currency);
    money->addWidget(field(m_rate, QStringLiteral("rate")), 1);
    auto *currencyLabel = new QLabel(tr("Currenc&y, rate:"), this);
    currencyLabel->setBuddy(m_currency);
    right->addRow(currencyLabel, money);
    right->addRow(tr("Ta&x:"), m_taxMode);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 3);
    layout->addSpacing(12);
    layout->addLayout(middle, 2);
    layout->addSpacing(12);
    layout->addLayout(right, 2);

    connect(&editor, &DocumentEditor::headerChanged, this, &DocumentHeader::refresh);
    refresh();
}

QList<QWidget *> DocumentHeader::mainFields() const
{
    return {m_customer, m_contact, m_until};
}

QList<QWidget *> DocumentHeader::otherFields() const
{
    return {m_date, m_salesperson, m_terms, m_currency, m_rate, m_taxMode};
}

bool DocumentHeader::showError(const QString &field, const QString &message)
{
    FieldError *error = m_errors.value(field);
    if (!error)
        return false;
    error->showMessage(message);
    return true;
}

void DocumentHeader::clearErrors()
{
    for (FieldError *e : std::as_const(m_errors))
        e->clearMessage();
}

void DocumentHeader::fillContacts()
{
    const SalesDocument &d = m_editor.document();
    if (m_contactsOf == d.customerId)
        return;
    m_contactsOf = d.customerId;
    const QSignalBlocker block(m_contact);
    m_contact->clear();
    m_contact->addItem(tr("(none)"), 0);
    for (const auto &[id, name] : SalesCatalog::contacts(m_editor.database(), d.customerId))
        m_contact->addItem(name, id);
}

void DocumentHeader::refresh()
{
    const SalesDocument &d = m_editor.document();
    if (d.customerId > 0 && m_customer->currentId() != d.customerId) {
        if (const auto c = SalesCatalog::customer(m_editor.database(), d.customerId))
            m_customer->setCurrent(c->id, QStringLiteral("%1 — %2").arg(c->code, c->name));
    }
    fillContacts();
    selectData(m_contact, d.contactId);
    selectData(m_salesperson, d.salespersonId);
    selectData(m_terms, d.paymentTermsId);
    selectData(m_taxMode, int(d.taxMode));
    if (m_currency->findData(d.currency) < 0)
        m_currency->addItem(d.currency, d.currency);
    selectData(m_currency, d.currency);
    {
        const QSignalBlocker b1(m_date), b2(m_until);
        m_date->setDate(d.date);
        const QDate until = d.kind == SalesDocument::Kind::Quotation ? d.validUntil : d.deliveryDate;
        m_until->setDate(until.isValid() ? until : d.date);
    }
    m_rate->setText(Decimal::format(d.rateMicros, 6, QLocale()));
    m_rate->setEnabled(d.currency != m_editor.baseCurrency());
    const bool editable = m_editor.isEditable();
    for (QWidget *w : mainFields() + otherFields())
        w->setEnabled(editable && (w != m_rate || d.currency != m_editor.baseCurrency()));
}

} // namespace Crm::Sales
