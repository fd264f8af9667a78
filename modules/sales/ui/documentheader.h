#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace Crm {
class DateField;
class FieldError;
class RecordPicker;
} // namespace Crm

namespace Crm::Sales {

class DocumentEditor;

// The header of a quotation or order: customer (found as you type), contact,
// salesperson, dates, currency and rate, payment terms and tax mode. Shows the
// editor's document and passes every change to it.
class DocumentHeader : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentHeader(DocumentEditor &editor, QWidget *parent = nullptr);

    RecordPicker *customerPicker() const { return m_customer; }
    // The fields in the order Tab crosses them, first the ones used on every document.
    QList<QWidget *> mainFields() const;
    QList<QWidget *> otherFields() const;
    // Shows a validation message next to `field` ("customer", "date", …); false
    // when the header has no such field.
    bool showError(const QString &field, const QString &message);
    void clearErrors();

private:
    void refresh();
    void fillContacts();

    DocumentEditor &m_editor;
    RecordPicker *m_customer = nullptr;
    QComboBox *m_contact = nullptr;
    QComboBox *m_salesperson = nullptr;
    DateField *m_date = nullptr;
    DateField *m_until = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_rate = nullptr;
    QComboBox *m_terms = nullptr;
    QComboBox *m_taxMode = nullptr;
    QHash<QString, FieldError *> m_errors;
    qint64 m_contactsOf = -1;
};

} // namespace Crm::Sales
