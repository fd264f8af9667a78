#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Crm {

class Database;
class Registry;
class SettingsSection;
class Session;

// File → Settings: language (this computer), company details and log-in mode
// (this database), and the way to the print templates of the registered documents.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const Database &db, const Session &session, Registry &registry, QWidget *parent = nullptr);

public slots:
    void save();
    // Settings → Print templates (modal).
    void showPrintTemplates();

private:
    const Database &m_db;
    const Session &m_session;
    Registry &m_registry;
    QList<SettingsSection *> m_sections;
    QComboBox *m_language = nullptr;
    QCheckBox *m_singleUser = nullptr;
    QHash<QString, QLineEdit *> m_edits;
};

} // namespace Crm
