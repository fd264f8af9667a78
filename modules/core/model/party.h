#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace Crm {

struct Contact
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString title;
    QString department;
    QString phone;
    QString mobile;
    QString email;
    bool isPrimary = false;
    QString notes;
};

// A customer and/or supplier.
struct Party
{
    qint64 id = 0;
    QString uuid;
    QString code;
    QString name;
    QString shortName;
    bool isCustomer = false;
    bool isSupplier = false;
    QString partyType = QStringLiteral("company"); // company | person
    QString industry;
    QString region;
    QString country;
    QString city;
    QString address;
    QString postalCode;
    QString shippingAddress;
    QString phone;
    QString mobile;
    QString fax;
    QString email;
    QString website;
    QString taxId;
    QString level; // A, B, C …
    QString source;
    qint64 ownerId = 0;                          // 0: nobody
    QString status = QStringLiteral("prospect"); // prospect | customer | dormant | lost
    qint64 creditLimitMinor = 0;
    qint64 paymentTermsId = 0;
    QString currency;
    QString notes;
    QString tags;
    QString createdAt;
    QString updatedAt;
    QString updatedBy;
    QList<Contact> contacts;

    static QStringList statuses(); // stored values, in display order
    static QString statusTitle(const QString &status);
    static QStringList partyTypes();
    static QString partyTypeTitle(const QString &type);
};

} // namespace Crm
