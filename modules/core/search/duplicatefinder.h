#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Crm {

class Database;
struct Party;

struct DuplicateCandidate
{
    qint64 id = 0;
    QString code;
    QString name;
    QString reason; // translated: "same name", "same phone" …
    bool exactName = false;
};

// Finds parties that are probably the one being entered: same normalised name,
// phone (party or contact), e-mail or tax id. Every lookup is an index probe.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(Crm::DuplicateFinder)
public:
    explicit DuplicateFinder(const Database &db)
        : m_db(db)
    {}
    QList<DuplicateCandidate> find(const Party &party, int limit = 10) const;

private:
    const Database &m_db;
};

} // namespace Crm
