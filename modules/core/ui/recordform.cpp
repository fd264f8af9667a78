#include "recordform.h"

#include "auth/user.h"
#include "db/database.h"
#include "db/error.h"
#include "model/decimal.h"
#include "model/rate.h"
#include "model/recordrepository.h"
#include "ui/fielderror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QShortcut>
#include <QVBoxLayout>

namespace Crm {

RecordForm::RecordForm(const Database &db, const Session &session, const RecordSchema &schema, qint64 id,
                       QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_session(session)
    , m_schema(schema)
{
    setObjectName(QStringLiteral("recordForm"));
    RecordRepository repo(db, schema, session.login());
    m_values = schema.defaults;
    if (id > 0)
        if (auto v = repo.load(id))
            m_values = *v;

    const QLocale loc;
    auto *form = new QFormLayout;
    for (const FieldSpec &f : schema.fields) {
        const QVariant v = m_values.value(f.column);
        QWidget *editor = nullptr;
        switch (f.type) {
        case FieldSpec::Type::Bool: {
            auto *box = new QCheckBox(this);
            box->setChecked(v.toBool());
            editor = box;
            break;
        }
        case FieldSpec::Type::Lookup: {
            auto *combo = new QComboBox(this);
            combo->addItem(tr("(none)"), 0);
            for (const auto &[rid, label] : RecordRepository::lookupRows(db, f.lookupTable))
                if (rid != id || f.lookupTable != schema.table)
                    combo->addItem(label, rid);
            combo->setCurrentIndex(std::max(0, combo->findData(v.toLongLong())));
            editor = combo;
            break;
        }
        default: {
            auto *edit = new QLineEdit(this);
            if (f.type == FieldSpec::Type::Percent)
                edit->setText(v.isValid() ? Decimal::format(v.toLongLong(), 2, loc) : QString());
            else if (f.type == FieldSpec::Type::Micros)
                edit->setText(v.isValid() ? Decimal::format(v.toLongLong(), 6, loc) : QString());
            else if (f.type == FieldSpec::Type::Integer)
                edit->setText(v.isValid() ? QString::number(v.toLongLong()) : QString());
            else
                edit->setText(v.toString());
            editor = edit;
        }
        }
        editor->setObjectName(f.column);
        m_editors.insert(f.column, editor);
        form->addRow(f.title() + (f.required ? QStringLiteral(" *:") : QStringLiteral(":")),
                     withFieldError(editor, f.column, m_errors, this));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordForm::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &RecordForm::save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setWindowTitle(id > 0 ? tr("%1 %2").arg(schema.singularTitle(), m_values.value(QStringLiteral("code")).toString())
                          : tr("New %1").arg(schema.singularTitle().toLower()));
    resize(460, 0);
}

bool RecordForm::readValues()
{
    const QLocale loc;
    for (const FieldSpec &f : m_schema.fields) {
        QWidget *w = m_editors.value(f.column);
        if (auto *box = qobject_cast<QCheckBox *>(w)) {
            m_values.insert(f.column, box->isChecked() ? 1 : 0);
            continue;
        }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            m_values.insert(f.column, combo->currentData());
            continue;
        }
        const QString text = static_cast<QLineEdit *>(w)->text().trimmed();
        std::optional<qint64> number;
        switch (f.type) {
        case FieldSpec::Type::Percent:
            if (text.isEmpty())
                break;
            if (auto r = Rate::parse(text, loc))
                number = r->basisPoints();
            else {
                showFieldError(f.column, tr("\"%1\" is not a percentage.").arg(text));
                return false;
            }
            break;
        case FieldSpec::Type::Micros:
        case FieldSpec::Type::Integer:
            if (text.isEmpty())
                break;
            number = Decimal::parse(text, f.type == FieldSpec::Type::Micros ? 6 : 0, loc);
            if (!number || (f.type == FieldSpec::Type::Integer && text.contains(loc.decimalPoint()))) {
                showFieldError(f.column, tr("\"%1\" is not a number.").arg(text));
                return false;
            }
            break;
        default:
            m_values.insert(f.column, text);
            continue;
        }
        m_values.insert(f.column, number ? QVariant(*number) : QVariant());
    }
    return true;
}

void RecordForm::showFieldError(const QString &column, const QString &message)
{
    if (FieldError *err = m_errors.value(column)) {
        err->showMessage(message);
        if (QWidget *w = m_editors.value(column))
            w->setFocus();
        return;
    }
    QMessageBox::warning(this, tr("Cannot save"), message);
}

void RecordForm::save()
{
    for (FieldError *e : std::as_const(m_errors))
        e->clearMessage();
    if (!readValues())
        return;
    try {
        RecordRepository(m_db, m_schema, m_session.login()).save(m_values);
    } catch (const Error &e) {
        showFieldError(e.field(), e.message());
        return;
    }
    accept();
}

qint64 RecordForm::edit(const Database &db, const Session &session, const RecordSchema &schema, qint64 id,
                        QWidget *parent)
{
    RecordForm form(db, session, schema, id, parent);
    return form.exec() == QDialog::Accepted ? form.savedId() : 0;
}

} // namespace Crm
