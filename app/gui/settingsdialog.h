#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Crm {

class Database;
class Session;

// File → Settings: language (this computer), company details and log-in mode
// (this database).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const Database &db, const Session &session, QWidget *parent = nullptr);

public slots:
    void save();

private:
    const Database &m_db;
    const Session &m_session;
    QComboBox *m_language = nullptr;
    QCheckBox *m_singleUser = nullptr;
    QHash<QString, QLineEdit *> m_edits;
};

} // namespace Crm
