#pragma once

#include "model/party.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTimer;

namespace Crm {

class ContactsGrid;
class Database;
class DuplicatePanel;
class FieldError;
class Registry;
class Session;

// The customer / supplier form: every field, the contacts grid, a live duplicate
// panel while name, phones, e-mail or tax id are typed, and validation messages
// next to the fields. Ctrl+S or Enter saves.
class PartyForm : public QDialog
{
    Q_OBJECT
public:
    // `asCustomer`: a new record starts as a customer (else as a supplier).
    // `registry`, when given, adds the tabs other modules register for the form.
    PartyForm(const Database &db, const Session &session, qint64 id, bool asCustomer, QWidget *parent = nullptr,
              Registry *registry = nullptr);

    qint64 savedId() const { return m_party.id; }
    // Set when the user chose to open an existing duplicate instead.
    qint64 openInstead() const { return m_openInstead; }
    DuplicatePanel *duplicatePanel() const { return m_duplicates; }
    ContactsGrid *contactsGrid() const { return m_contacts; }
    QLineEdit *field(const QString &name) const { return m_edits.value(name); }
    FieldError *errorLabel(const QString &field) const { return m_errors.value(field); }

    // Opens the form modally; returns the saved id, or the id of an existing
    // record the user asked to open instead (negative), or 0.
    static qint64 edit(const Database &db, const Session &session, qint64 id, bool asCustomer, QWidget *parent,
                       Registry *registry = nullptr);
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void save();

private:
    QLineEdit *addEdit(const QString &name, const QString &placeholder = {});
    void buildUi(bool asCustomer);
    void addModuleTabs(Registry &registry);
    void fillFromParty();
    void readIntoParty();
    void checkDuplicates();
    void showFieldError(const QString &field, const QString &message);
    void clearErrors();

    const Database &m_db;
    const Session &m_session;
    Party m_party;
    qint64 m_openInstead = 0;
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, FieldError *> m_errors;
    QComboBox *m_type = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_terms = nullptr;
    QComboBox *m_currency = nullptr;
    QCheckBox *m_isCustomer = nullptr;
    QCheckBox *m_isSupplier = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTabWidget *m_tabs = nullptr;
    ContactsGrid *m_contacts = nullptr;
    DuplicatePanel *m_duplicates = nullptr;
    QTimer *m_dupTimer = nullptr;
};

} // namespace Crm
