#include "productform.h"

#include "auth/user.h"
#include "db/database.h"
#include "db/error.h"
#include "model/money.h"
#include "model/productrepository.h"
#include "model/quantity.h"
#include "model/recordrepository.h"
#include "model/settings.h"
#include "ui/fielderror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace Crm {

ProductForm::ProductForm(const Database &db, const Session &session, qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_session(session)
{
    setObjectName(QStringLiteral("productForm"));
    m_currency = Settings(db).baseCurrency();
    if (id > 0)
        if (auto p = ProductRepository(db, session.login()).load(id))
            m_product = *p;
    if (!m_product.currency.isEmpty())
        m_currency = m_product.currency;

    auto *form = new QFormLayout;
    form->addRow(tr("Co&de:"), withError(addEdit(QStringLiteral("code")), QStringLiteral("code")));
    m_edits.value(QStringLiteral("code"))->setPlaceholderText(tr("assigned automatically"));
    form->addRow(tr("&Name:"), withError(addEdit(QStringLiteral("name")), QStringLiteral("name")));
    form->addRow(tr("&Specification:"), addEdit(QStringLiteral("specification")));
    m_unit = new QComboBox(this);
    m_unit->addItem(tr("(none)"), 0);
    for (const auto &[uid, label] : RecordRepository::lookupRows(db, QStringLiteral("core_unit")))
        m_unit->addItem(label, uid);
    form->addRow(tr("&Unit:"), m_unit);
    m_category = new QComboBox(this);
    m_category->addItem(tr("(none)"), 0);
    for (const auto &[cid, label] : RecordRepository::lookupRows(db, QStringLiteral("core_product_category")))
        m_category->addItem(label, cid);
    form->addRow(tr("Ca&tegory:"), m_category);
    form->addRow(tr("&Barcode:"), addEdit(QStringLiteral("barcode")));
    form->addRow(tr("C&ost (%1):").arg(m_currency), withError(addEdit(QStringLiteral("cost")), QStringLiteral("cost")));
    form->addRow(tr("Sale &price (%1):").arg(m_currency),
                 withError(addEdit(QStringLiteral("sale_price")), QStringLiteral("sale_price")));
    m_tax = new QComboBox(this);
    m_tax->addItem(tr("(none)"), 0);
    for (const auto &[tid, label] : RecordRepository::lookupRows(db, QStringLiteral("core_tax_rate")))
        m_tax->addItem(label, tid);
    form->addRow(tr("Ta&x rate:"), m_tax);
    m_warranty = new QSpinBox(this);
    m_warranty->setRange(0, 600);
    m_warranty->setSuffix(tr(" months"));
    form->addRow(tr("&Warranty:"), m_warranty);
    form->addRow(tr("Safety stoc&k:"),
                 withError(addEdit(QStringLiteral("safety_stock")), QStringLiteral("safety_stock")));
    m_active = new QCheckBox(tr("&Active"), this);
    form->addRow(QString(), m_active);

    m_duplicates = new QLabel(this);
    m_duplicates->setObjectName(QStringLiteral("duplicates"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setStyleSheet(QStringLiteral("background: #fff8e1; border: 1px solid #f0c36d; padding: 4px;"));
    m_duplicates->hide();

    m_dupTimer = new QTimer(this);
    m_dupTimer->setSingleShot(true);
    m_dupTimer->setInterval(250);
    connect(m_dupTimer, &QTimer::timeout, this, &ProductForm::checkDuplicates);
    for (const QString &n : {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("specification")})
        connect(m_edits.value(n), &QLineEdit::textEdited, m_dupTimer, qOverload<>(&QTimer::start));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductForm::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &ProductForm::save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_duplicates);
    layout->addWidget(buttons);

    const QLocale loc;
    m_edits.value(QStringLiteral("code"))->setText(m_product.code);
    m_edits.value(QStringLiteral("name"))->setText(m_product.name);
    m_edits.value(QStringLiteral("specification"))->setText(m_product.specification);
    m_edits.value(QStringLiteral("barcode"))->setText(m_product.barcode);
    m_edits.value(QStringLiteral("cost"))->setText(Money(m_product.costMinor, m_currency).toString(loc));
    m_edits.value(QStringLiteral("sale_price"))->setText(Money(m_product.salePriceMinor, m_currency).toString(loc));
    m_edits.value(QStringLiteral("safety_stock"))
        ->setText(Quantity::fromMilli(m_product.safetyStockMilli).toString(loc));
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(m_product.unitId)));
    m_category->setCurrentIndex(std::max(0, m_category->findData(m_product.categoryId)));
    m_tax->setCurrentIndex(std::max(0, m_tax->findData(m_product.taxRateId)));
    m_warranty->setValue(m_product.warrantyMonths);
    m_active->setChecked(m_product.active);
    setWindowTitle(m_product.id > 0 ? tr("Product %1 — %2").arg(m_product.code, m_product.name) : tr("New product"));
    m_edits.value(QStringLiteral("name"))->setFocus();
    resize(560, 0);
}

QLineEdit *ProductForm::addEdit(const QString &name)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(name);
    m_edits.insert(name, e);
    return e;
}

QWidget *ProductForm::withError(QWidget *field, const QString &name)
{
    return withFieldError(field, name, m_errors, this);
}

bool ProductForm::readIntoProduct()
{
    const QLocale loc;
    auto text = [this](const char *n) { return m_edits.value(QLatin1String(n))->text().trimmed(); };
    m_product.code = text("code");
    m_product.name = text("name");
    m_product.specification = text("specification");
    m_product.barcode = text("barcode");
    m_product.unitId = m_unit->currentData().toLongLong();
    m_product.categoryId = m_category->currentData().toLongLong();
    m_product.taxRateId = m_tax->currentData().toLongLong();
    m_product.warrantyMonths = m_warranty->value();
    m_product.active = m_active->isChecked();
    m_product.currency = m_currency;
    for (const char *n : {"cost", "sale_price"}) {
        const QString t = text(n);
        const auto m = t.isEmpty() ? std::optional<Money>(Money(0, m_currency)) : Money::parse(t, m_currency, loc);
        if (!m) {
            showFieldError(QLatin1String(n), tr("\"%1\" is not an amount.").arg(t));
            return false;
        }
        (qstrcmp(n, "cost") == 0 ? m_product.costMinor : m_product.salePriceMinor) = m->minor();
    }
    const QString ss = text("safety_stock");
    const auto q = ss.isEmpty() ? std::optional<Quantity>(Quantity()) : Quantity::parse(ss, loc);
    if (!q) {
        showFieldError(QStringLiteral("safety_stock"), tr("\"%1\" is not a quantity.").arg(ss));
        return false;
    }
    m_product.safetyStockMilli = q->milli();
    return true;
}

void ProductForm::checkDuplicates()
{
    Product probe = m_product;
    probe.code = m_edits.value(QStringLiteral("code"))->text().trimmed();
    probe.name = m_edits.value(QStringLiteral("name"))->text();
    probe.specification = m_edits.value(QStringLiteral("specification"))->text();
    if (probe.name.trimmed().isEmpty() && probe.code.isEmpty()) {
        m_duplicates->hide();
        return;
    }
    const auto dups = ProductRepository(m_db, m_session.login()).findDuplicates(probe);
    QStringList lines;
    for (const auto &d : dups)
        lines << d.second;
    m_duplicates->setText(
        tr("Existing products with this code or this name and specification:\n%1").arg(lines.join(QLatin1Char('\n'))));
    m_duplicates->setVisible(!dups.isEmpty());
}

void ProductForm::showFieldError(const QString &field, const QString &message)
{
    if (FieldError *err = m_errors.value(field)) {
        err->showMessage(message);
        if (QLineEdit *e = m_edits.value(field))
            e->setFocus();
        return;
    }
    QMessageBox::warning(this, tr("Cannot save"), message);
}

void ProductForm::save()
{
    for (FieldError *e : std::as_const(m_errors))
        e->clearMessage();
    if (!readIntoProduct())
        return;
    try {
        ProductRepository(m_db, m_session.login()).save(m_product);
    } catch (const Error &e) {
        showFieldError(e.field(), e.message());
        return;
    }
    accept();
}

qint64 ProductForm::edit(const Database &db, const Session &session, qint64 id, QWidget *parent)
{
    ProductForm form(db, session, id, parent);
    return form.exec() == QDialog::Accepted ? form.savedId() : 0;
}

} // namespace Crm
