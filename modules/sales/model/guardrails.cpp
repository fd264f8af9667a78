#include "guardrails.h"

#include "auth/userrepository.h"
#include "db/database.h"
#include "model/decimal.h"
#include "model/salessettings.h"

#include <QSqlQuery>

namespace Crm::Sales {

GuardrailLimits Guardrails::limitsFor(const Database &db, const QString &login, qint64 customerId)
{
    GuardrailLimits limits;
    UserRepository users(db, login);
    if (const auto user = users.findByLogin(login)) {
        const Session session = users.sessionFor(*user);
        if (!session.can(ApprovePermission))
            limits.maxDiscount = Rate::fromBasisPoints(
                db.scalar(QStringLiteral("SELECT max_discount_bp FROM core_role WHERE id = ?"), {user->roleId})
                    .toInt());
    }
    limits.noPriceBelowCost = SalesSettings::load(db).noPriceBelowCost;
    limits.creditLimitMinor =
        db.scalar(QStringLiteral("SELECT credit_limit_minor FROM core_party WHERE id = ?"), {customerId}).toLongLong();
    return limits;
}

QHash<qint64, qint64> Guardrails::costs(const Database &db, const SalesDocument &document)
{
    QHash<qint64, qint64> out;
    for (const SalesLine &l : document.lines) {
        if (l.productId <= 0 || out.contains(l.productId))
            continue;
        out.insert(
            l.productId,
            db.scalar(QStringLiteral("SELECT cost_minor FROM core_product WHERE id = ?"), {l.productId}).toLongLong());
    }
    return out;
}

QList<Breach> Guardrails::check(const SalesDocument &d, const Pricing::Result &priced, const GuardrailLimits &limits,
                                const QHash<qint64, qint64> &costs)
{
    QList<Breach> out;
    const QLocale locale;
    for (int i = 0; i < d.lines.size(); ++i) {
        const SalesLine &l = d.lines.at(i);
        if (l.discount > limits.maxDiscount)
            out << Breach{Breach::Kind::LineDiscount, i,
                          tr("Line %1: a discount of %2 is more than the %3 you may give.")
                              .arg(i + 1)
                              .arg(l.discount.toString(locale), limits.maxDiscount.toString(locale))};
        if (!limits.noPriceBelowCost || l.productId <= 0 || l.quantity.milli() <= 0)
            continue;
        // Compare what one unit brings in, without tax and after discounts, in the
        // base currency, with its cost.
        const qint64 cost = costs.value(l.productId);
        const Pricing::PricedLine &p = priced.lines.at(i);
        const qint64 netBase = Decimal::divRound(p.net.minor() * d.rateMicros, 1000000);
        if (cost > 0 && netBase * 1000 < cost * l.quantity.milli())
            out << Breach{Breach::Kind::BelowCost, i, tr("Line %1 is priced below cost.").arg(i + 1)};
    }
    if (d.discount > limits.maxDiscount)
        out << Breach{Breach::Kind::DocumentDiscount, -1,
                      tr("A document discount of %1 is more than the %2 you may give.")
                          .arg(d.discount.toString(locale), limits.maxDiscount.toString(locale))};
    if (limits.creditLimitMinor > 0 && limits.openReceivablesMinor + priced.totalBase.minor() > limits.creditLimitMinor)
        out << Breach{Breach::Kind::CreditLimit, -1,
                      tr("Open receivables plus this document exceed the customer's credit limit.")};
    return out;
}

} // namespace Crm::Sales
