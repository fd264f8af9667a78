#pragma once

#include "model/quantity.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

namespace Crm {
class Database;
}

namespace Crm::Inventory {

// One product on a count sheet. `book` is the warehouse's on-hand when the line
// was added; `counted` is empty until someone typed what they found.
struct StocktakeLine
{
    qint64 id = 0;
    qint64 productId = 0;
    QString code; // read with the line, for showing it
    QString name;
    QString specification;
    QString unit;
    Quantity book;
    std::optional<Quantity> counted;
    // Set when posted: the on-hand the variance was measured against, and the
    // variance moved (counted - onHandAtPost).
    std::optional<Quantity> onHandAtPost;
    std::optional<Quantity> variance;
};

// A stocktake of one warehouse: a count sheet, counted quantities, and on posting
// the variances moved to on-hand.
struct Stocktake
{
    qint64 id = 0;
    QString uuid;
    QString number;
    QDate date;
    qint64 warehouseId = 0;
    QString status = QStringLiteral("draft");
    QString statusReason;
    QString notes;
    QList<StocktakeLine> lines;

    bool isEditable() const { return status == QLatin1String("draft"); }
};

// Which products go on a count sheet. With `codes`, exactly those products (an
// unknown code is refused); otherwise the active products of `categoryId` (and
// its subcategories; 0: every category), only those with stock or a move in the
// warehouse when `stockedOnly`.
struct StocktakeSelection
{
    qint64 categoryId = 0;
    bool stockedOnly = true;
    QStringList codes;
};

// The only writer of inventory_stocktake(_line): drafts (numbered ST-), their
// lines and counted quantities, posting the variances through the stock ledger
// in one transaction, reversing. Errors are Crm::Error; a refused call changes
// nothing.
class StocktakeRepository
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Inventory::StocktakeRepository)
public:
    StocktakeRepository(const Database &db, QString actor)
        : m_db(db)
        , m_actor(std::move(actor))
    {}
    // Saves the header and the counted quantities of `lines` (by line id); lines
    // of the stored draft missing from `lines` are removed. The warehouse is
    // fixed once the sheet has lines (their book quantities are that warehouse's).
    void save(Stocktake &stocktake) const;
    std::optional<Stocktake> load(qint64 id) const;
    qint64 idOf(const QString &number) const; // 0 when there is none
    // Adds the products of `selection` not on the sheet yet, with their on-hand
    // now as the book quantity; returns how many were added (none is an error).
    int addProducts(qint64 id, const StocktakeSelection &selection) const;
    // The on-hand now, in the stocktake's warehouse, of every product on the sheet.
    QHash<qint64, Quantity> onHandNow(const Stocktake &stocktake) const;
    // Posts every line's variance; refuses while a line is not counted.
    void post(qint64 id) const;
    void reverse(qint64 id, const QString &reason) const;

private:
    void validate(const Stocktake &stocktake) const;
    const Database &m_db;
    QString m_actor;
};

} // namespace Crm::Inventory
