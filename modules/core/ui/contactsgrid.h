#pragma once

#include "model/party.h"

#include <QWidget>

class QTableWidget;
class QPushButton;

namespace Crm {

// The contacts of a party, edited in place like a spreadsheet: Add contact starts
// typing the name, Tab moves to the next cell, one contact is the primary.
class ContactsGrid : public QWidget
{
    Q_OBJECT
public:
    explicit ContactsGrid(QWidget *parent = nullptr);

    void setContacts(const QList<Contact> &contacts);
    QList<Contact> contacts() const;
    QTableWidget *table() const { return m_table; }

public slots:
    void addContact();
    void removeCurrent();
    void makeCurrentPrimary();

signals:
    void changed();

private:
    void setPrimaryRow(int row);
    QTableWidget *m_table = nullptr;
    QList<qint64> m_ids; // per row; 0 for new contacts
    QList<QString> m_notes;
};

} // namespace Crm
