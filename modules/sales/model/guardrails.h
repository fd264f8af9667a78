#pragma once

#include "model/salesdocument.h"

#include <QCoreApplication>
#include <QHash>

namespace Crm {
class Database;
}

namespace Crm::Sales {

// A rule a document breaks; it cannot be confirmed until a manager approves it.
struct Breach
{
    enum class Kind { LineDiscount, DocumentDiscount, BelowCost, CreditLimit };
    Kind kind;
    int line = -1;   // index of the line, -1 for the whole document
    QString message; // translated
};

struct GuardrailLimits
{
    Rate maxDiscount = Rate::fromPercent(100); // per line and for the document
    bool noPriceBelowCost = true;
    qint64 creditLimitMinor = 0;     // 0: no limit, in the base currency
    qint64 openReceivablesMinor = 0; // in the base currency
};

class Guardrails
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Sales::Guardrails)
public:
    // The limits that apply to `login` selling to `customerId`: the role's maximum
    // discount (none for users who may approve), the below-cost setting and the
    // customer's credit limit. Open receivables come from finance when it posts them.
    static GuardrailLimits limitsFor(const Database &db, const QString &login, qint64 customerId);
    // Costs of the document's products, in the base currency's minor units.
    static QHash<qint64, qint64> costs(const Database &db, const SalesDocument &document);
    // Pure: what the priced document breaks under `limits`.
    static QList<Breach> check(const SalesDocument &document, const Pricing::Result &priced,
                               const GuardrailLimits &limits, const QHash<qint64, qint64> &costs);

    static inline const QString ApprovePermission = QStringLiteral("sales.discount.approve");
};

} // namespace Crm::Sales
