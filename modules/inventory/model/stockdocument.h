#pragma once

#include "model/quantity.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QVariant>
#include <optional>

namespace Crm {
class Database;
}

namespace Crm::Inventory {

struct StockDocumentLine
{
    qint64 productId = 0;
    Quantity quantity;
};

// A transfer between two warehouses or a requisition (goods issued from a
// warehouse for internal use, with department and purpose).
struct StockDocument
{
    enum class Kind { Transfer, Requisition };
    qint64 id = 0;
    QString uuid;
    Kind kind = Kind::Transfer;
    QString number;
    QDate date;
    qint64 fromWarehouseId = 0;
    qint64 toWarehouseId = 0;
    QString department;
    QString purpose;
    QString status = QStringLiteral("draft");
    QString statusReason;
    QString notes;
    QList<StockDocumentLine> lines;

    bool isEditable() const { return status == QLatin1String("draft"); }
};

// The only writer of inventory_document(_line): saves drafts (numbered TR-/RQ-),
// posts them through the stock ledger in one transaction, reverses posted ones.
class StockDocumentRepository
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Inventory::StockDocumentRepository)
public:
    StockDocumentRepository(const Database &db, QString actor)
        : m_db(db)
        , m_actor(std::move(actor))
    {}
    // Throws Crm::Error naming the field (warehouses, lines) and changes nothing.
    void save(StockDocument &document) const;
    std::optional<StockDocument> load(qint64 id) const;
    // Returns the negative-stock warnings when the setting allows them.
    QStringList post(qint64 id) const;
    void reverse(qint64 id, const QString &reason) const;
    static QString statusTitle(const QString &status);
    // Each status with its title, in order: the choices of a status filter.
    static QList<QPair<QString, QVariant>> statusChoices();

private:
    void validate(const StockDocument &document) const;
    const Database &m_db;
    QString m_actor;
};

} // namespace Crm::Inventory
