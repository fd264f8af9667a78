#pragma once

#include <QCoreApplication>
#include <QString>

namespace Crm {

class Database;

// The answers of the first start (GUI wizard or `crmsuite-cli init`).
struct SetupAnswers
{
    QString companyName;
    QString baseCurrency = QStringLiteral("CNY");
    QString numberPrefix = QStringLiteral("A");
    QString adminLogin = QStringLiteral("admin");
    QString adminName;
    QString adminPassword;
    bool singleUser = false;
};

class Setup
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Setup)
public:
    // Validates the answers (throws Crm::Error naming the field) and writes the
    // company settings, the standard roles, the administrator and the reference
    // data a new company needs (base currency, units, tax rates, payment terms),
    // all in one transaction. Refuses an already initialised database.
    static void initialize(const Database &db, const SetupAnswers &answers);
    static void validate(const SetupAnswers &answers);
};

} // namespace Crm
