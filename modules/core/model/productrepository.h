#pragma once

#include "model/product.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace Crm {

class Database;

class ProductRepository
{
    Q_DECLARE_TR_FUNCTIONS(Crm::ProductRepository)
public:
    ProductRepository(const Database &db, QString actor)
        : m_db(db)
        , m_actor(std::move(actor))
    {}

    // Throws Crm::Error naming the field; refuses an exact duplicate of
    // (code, name, specification) after normalisation.
    void save(Product &product) const;
    std::optional<Product> load(qint64 id) const;
    void remove(qint64 id) const;

    static void validate(const Product &product);
    static QString duplicateKey(const Product &product);
    // Products whose normalised (name, specification) equals this one's, or whose
    // code is the same: (id, "code name spec").
    QList<QPair<qint64, QString>> findDuplicates(const Product &product) const;

private:
    const Database &m_db;
    QString m_actor;
};

} // namespace Crm
