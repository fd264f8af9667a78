#include "db/scopedpragma.h"

#include "db/database.h"
#include "db/error.h"

namespace Crm {

ScopedPragma::ScopedPragma(const Database &db, QString name, const QVariant &value)
    : m_db(db)
    , m_name(std::move(name))
    , m_previous(db.scalar(QStringLiteral("PRAGMA %1").arg(m_name)))
{
    db.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name, value.toString()));
}

ScopedPragma::~ScopedPragma()
{
    try {
        m_db.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name, m_previous.toString()));
    } catch (...) {
        // An optimisation only; never throw from here.
    }
}

} // namespace Crm
