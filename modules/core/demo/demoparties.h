#pragma once

#include "model/numbering.h"

#include <QList>
#include <functional>

namespace Crm {

class Database;

// Bulk generation of demo customers and suppliers with their contacts and search
// keys. One thread builds the rows (names, normalised keys) while the calling
// thread writes them, so both cores work; the result depends only on the seed.
namespace DemoParties {

struct Params
{
    int customers = 0;
    int suppliers = 0;
    quint32 seed = 1;
    qint64 baseMs = 0;    // creation time of the first row
    QList<qint64> owners; // salespeople who own customers
    QList<qint64> paymentTerms;
    NumberFormat customerCodes; // as Numbering writes them
    NumberFormat supplierCodes;
};

// Call inside the caller's write transaction. `progress` receives 0…100.
void generate(const Database &db, const Params &params, const std::function<void(int)> &progress);

} // namespace DemoParties
} // namespace Crm
