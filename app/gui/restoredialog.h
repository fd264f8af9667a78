#pragma once

#include <QDialog>

class QTreeWidget;

namespace Crm {

// File → Restore from a backup…: the backups in the folder beside the database,
// newest first, or another file; says what happens to the current file. The
// restore itself is the shell's (it closes and reopens the database).
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(const QString &dbPath, QWidget *parent = nullptr);
    // The chosen backup, once accepted.
    QString file() const { return m_file; }

public slots:
    void chooseOtherFile();

private:
    void acceptCurrent();

    QTreeWidget *m_list = nullptr;
    QString m_file;
};

} // namespace Crm
