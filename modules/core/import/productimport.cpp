#include "import/productimport.h"

#include "db/bulkstatement.h"
#include "db/database.h"
#include "db/error.h"
#include "import/importvalues.h"
#include "model/money.h"
#include "model/productrepository.h"
#include "model/quantity.h"
#include "model/settings.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace Crm {

namespace {

enum Field {
    Code,
    Name,
    Specification,
    Unit,
    Category,
    Barcode,
    Cost,
    SalePrice,
    Currency,
    TaxRate,
    WarrantyMonths,
    SafetyStock,
    Active,
    Notes,
    FieldCount
};

#define FIELD_TITLE(text) [] { return QCoreApplication::translate("Crm::ProductImport", text); }

QList<ImportField> productFields()
{
    auto s = [](const char *list) { return QString::fromUtf8(list).split(QLatin1Char('|')); };
    QList<ImportField> f{
        {QStringLiteral("code"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::ProductImport", "Code")), false,
         s("product code|item code|item no|item number|sku|part "
           "number|编码|编号|代码|产品编码|物料编码|商品编码|货号|código|codigo|"
           "referencia")},
        {QStringLiteral("name"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::ProductImport", "Name")), true,
         s("product|product name|item name|description|名称|产品名称|品名|商品名称|物料名称|nombre|producto|"
           "descripción")},
        {QStringLiteral("specification"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::ProductImport", "Specification")), false,
         s("spec|model|size|规格|型号|规格型号|especificación|especificacion|modelo")},
        {QStringLiteral("unit"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::ProductImport", "Unit")), false,
         s("uom|单位|计量单位|unidad")},
        {QStringLiteral("category"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::ProductImport", "Category")), false,
         s("group|product category|类别|分类|产品类别|categoría|familia")},
        {QStringLiteral("barcode"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::ProductImport", "Barcode")), false,
         s("ean|upc|条码|条形码|código de barras")},
        {QStringLiteral("cost"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::ProductImport", "Cost")), false,
         s("cost price|purchase price|成本|成本价|进价|coste|costo")},
        {QStringLiteral("sale_price"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::ProductImport", "Sale price")), false,
         s("price|list price|unit price|售价|销售价|单价|价格|precio|precio de venta|pvp")},
        {QStringLiteral("currency"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::ProductImport", "Currency")), false,
         s("币种|货币|moneda|divisa")},
        {QStringLiteral("tax_rate"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::ProductImport", "Tax rate")), false,
         s("tax|vat|税率|iva|impuesto")},
        {QStringLiteral("warranty_months"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::ProductImport", "Warranty months")),
         false, s("warranty|保修期|保修月数|质保|garantía|garantia")},
        {QStringLiteral("safety_stock"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::ProductImport", "Safety stock")), false,
         s("minimum stock|min stock|安全库存|最低库存|stock mínimo|stock de seguridad")},
        {QStringLiteral("active"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::ProductImport", "Active")), false,
         s("enabled|在用|启用|activo")},
        {QStringLiteral("notes"), FIELD_TITLE(QT_TRANSLATE_NOOP("Crm::ProductImport", "Notes")), false,
         s("remarks|comments|备注|说明|notas|observaciones")},
    };
    Q_ASSERT(f.size() == FieldCount);
    return f;
}

#undef FIELD_TITLE

class ProductTarget final : public ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(Crm::ProductImport)
public:
    QList<ImportField> fields() const override { return productFields(); }

    void prepare(const Database &db) override
    {
        m_baseCurrency = Settings(db).baseCurrency();
        auto fill = [&db](ImportLookup &lookup, const QString &table) {
            QSqlQuery q = db.exec(QStringLiteral("SELECT id, code, name FROM %1 ORDER BY id").arg(table));
            while (q.next())
                lookup.add(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
        };
        fill(m_units, QStringLiteral("core_unit"));
        fill(m_categories, QStringLiteral("core_product_category"));
        fill(m_taxRates, QStringLiteral("core_tax_rate"));
        QSqlQuery rates = db.exec(QStringLiteral("SELECT id, rate_bp FROM core_tax_rate ORDER BY active DESC, id"));
        while (rates.next())
            if (!m_taxByBp.contains(rates.value(1).toLongLong()))
                m_taxByBp.insert(rates.value(1).toLongLong(), rates.value(0).toLongLong());
        QSqlQuery currencies = db.exec(QStringLiteral("SELECT code FROM core_currency"));
        while (currencies.next())
            m_currencies.insert(currencies.value(0).toString().toUpper());
        m_currencies.insert(m_baseCurrency);
    }

    QList<ImportProblem> check(const QStringList &v, QList<ImportKey> *keys) override
    {
        QList<ImportProblem> problems;
        const Product p = build(v, &problems);
        if (problems.isEmpty())
            problems << validate(p);
        keys->append({Code, v.at(Code)});
        keys->append({Name, v.at(Name).isEmpty() ? QString() : ProductRepository::duplicateKey(p)});
        return problems;
    }

    bool keyIsUnique(int) const override { return true; }

    QList<ImportMatch> findExisting(const Database &db, const QList<QList<ImportKey>> &keys) override
    {
        BulkLookup byCode(db, QStringLiteral("SELECT id FROM core_product WHERE code = ?"));
        BulkLookup byKey(db, QStringLiteral("SELECT id FROM core_product WHERE dup_key = ? ORDER BY id LIMIT 1"));
        QList<ImportMatch> out(keys.size());
        for (qsizetype r = 0; r < keys.size(); ++r) {
            for (const ImportKey &k : keys.at(r)) {
                if (k.value.isEmpty())
                    continue;
                if (const qint64 id = (k.field == Code ? byCode : byKey).find(k.value)) {
                    QSqlQuery q = db.exec(QStringLiteral("SELECT code, name, specification FROM core_product "
                                                         "WHERE id = ?"),
                                          {id});
                    q.next();
                    const QString label = QStringLiteral("%1 %2 %3")
                                              .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                                              .trimmed();
                    out[r] = {id, k.field, label};
                    break;
                }
            }
        }
        return out;
    }

    QList<ImportProblem> checkUpdate(const Database &db, const QStringList &v, qint64 id) override
    {
        QList<ImportProblem> problems;
        const std::optional<Product> merged = mergeInto(db, v, id, &problems);
        if (!merged || !problems.isEmpty())
            return problems;
        problems << validate(*merged);
        for (const auto &[other, label] : ProductRepository(db, QString()).findDuplicates(*merged))
            problems << ImportProblem{Name, tr("After the update it would duplicate %1.").arg(label)};
        return problems;
    }

    QString label(const QStringList &v) const override
    {
        return QStringList{v.at(Code), v.at(Name), v.at(Specification)}.join(QLatin1Char(' ')).simplified();
    }

    void write(const Database &db, const QString &actor, const QList<ImportWrite> &rows,
               const std::function<void()> &stopIfCancelled) override
    {
        const ProductRepository repository(db, actor);
        QList<ImportProblem> ignored;
        qsizetype written = 0;
        for (const ImportWrite &w : rows) {
            if (++written % 256 == 0)
                stopIfCancelled();
            std::optional<Product> p;
            if (w.existingId > 0)
                p = mergeInto(db, w.values, w.existingId, &ignored);
            else
                p = build(w.values, &ignored);
            if (!p)
                throw Error(tr("Record %1 was deleted during the import.").arg(w.existingId));
            repository.save(*p);
        }
    }

private:
    Product build(const QStringList &v, QList<ImportProblem> *problems) const
    {
        Product p;
        p.code = v.at(Code);
        p.name = v.at(Name);
        p.specification = v.at(Specification);
        p.barcode = v.at(Barcode);
        p.notes = v.at(Notes);
        auto lookup = [&](int field, const ImportLookup &from, qint64 &id, const char *unknown) {
            if (v.at(field).isEmpty())
                return;
            id = from.find(v.at(field));
            if (id == 0)
                *problems << ImportProblem{field, tr(unknown).arg(v.at(field))};
        };
        lookup(Unit, m_units, p.unitId, QT_TR_NOOP("Unknown unit \"%1\"."));
        lookup(Category, m_categories, p.categoryId, QT_TR_NOOP("Unknown category \"%1\"."));
        if (!v.at(TaxRate).isEmpty()) {
            p.taxRateId = m_taxRates.find(v.at(TaxRate));
            if (p.taxRateId == 0) {
                QString percent = v.at(TaxRate);
                percent.remove(u'%');
                // "13%", "13" and "0.13" (a percentage cell of a spreadsheet) mean 13 %.
                if (const std::optional<qint64> bp = ImportValues::amount(percent, 2)) {
                    p.taxRateId = m_taxByBp.value(*bp);
                    if (p.taxRateId == 0 && !v.at(TaxRate).contains(u'%') && *bp < 100)
                        p.taxRateId = m_taxByBp.value(*bp * 100);
                }
            }
            if (p.taxRateId == 0)
                *problems << ImportProblem{TaxRate, tr("Unknown tax rate \"%1\".").arg(v.at(TaxRate))};
        }
        p.currency = v.at(Currency).toUpper();
        if (!p.currency.isEmpty() && !m_currencies.contains(p.currency))
            *problems << ImportProblem{Currency, tr("Unknown currency \"%1\".").arg(v.at(Currency))};
        const int decimals = Money::decimalsFor(p.currency.isEmpty() ? m_baseCurrency : p.currency);
        auto money = [&](int field, qint64 &to) {
            if (v.at(field).isEmpty())
                return;
            if (const std::optional<qint64> m = ImportValues::amount(v.at(field), decimals))
                to = *m;
            else
                *problems << ImportProblem{field, tr("\"%1\" is not an amount.").arg(v.at(field))};
        };
        money(Cost, p.costMinor);
        money(SalePrice, p.salePriceMinor);
        if (!v.at(WarrantyMonths).isEmpty()) {
            if (const std::optional<qint64> months = ImportValues::integer(v.at(WarrantyMonths)))
                p.warrantyMonths = int(std::clamp<qint64>(*months, -1, 100000));
            else
                *problems << ImportProblem{WarrantyMonths,
                                           tr("\"%1\" is not a whole number of months.").arg(v.at(WarrantyMonths))};
        }
        if (!v.at(SafetyStock).isEmpty()) {
            if (const std::optional<qint64> q = ImportValues::amount(v.at(SafetyStock), Quantity::kDecimals))
                p.safetyStockMilli = *q;
            else
                *problems << ImportProblem{SafetyStock, tr("\"%1\" is not a quantity.").arg(v.at(SafetyStock))};
        }
        if (!v.at(Active).isEmpty()) {
            if (const std::optional<bool> active = ImportValues::flag(v.at(Active)))
                p.active = *active;
            else
                *problems << ImportProblem{Active, tr("\"%1\" is not yes or no.").arg(v.at(Active))};
        }
        return p;
    }

    std::optional<Product> mergeInto(const Database &db, const QStringList &v, qint64 id,
                                     QList<ImportProblem> *problems) const
    {
        std::optional<Product> saved = ProductRepository(db, QString()).load(id);
        if (!saved) {
            *problems << ImportProblem{-1, tr("The record to update no longer exists.")};
            return std::nullopt;
        }
        const Product row = build(v, problems);
        Product &p = *saved;
        auto given = [&](int field) { return !v.at(field).isEmpty(); };
        if (given(Name))
            p.name = row.name;
        if (given(Specification))
            p.specification = row.specification;
        if (given(Unit))
            p.unitId = row.unitId;
        if (given(Category))
            p.categoryId = row.categoryId;
        if (given(Barcode))
            p.barcode = row.barcode;
        if (given(Cost))
            p.costMinor = row.costMinor;
        if (given(SalePrice))
            p.salePriceMinor = row.salePriceMinor;
        if (given(Currency))
            p.currency = row.currency;
        if (given(TaxRate))
            p.taxRateId = row.taxRateId;
        if (given(WarrantyMonths))
            p.warrantyMonths = row.warrantyMonths;
        if (given(SafetyStock))
            p.safetyStockMilli = row.safetyStockMilli;
        if (given(Active))
            p.active = row.active;
        if (given(Notes))
            p.notes = row.notes;
        return p;
    }

    static QList<ImportProblem> validate(const Product &p)
    {
        try {
            ProductRepository::validate(p);
        } catch (const Error &e) {
            static const QHash<QString, int> byColumn{{QStringLiteral("name"), Name},
                                                      {QStringLiteral("cost"), Cost},
                                                      {QStringLiteral("sale_price"), SalePrice},
                                                      {QStringLiteral("warranty_months"), WarrantyMonths},
                                                      {QStringLiteral("safety_stock"), SafetyStock}};
            return {ImportProblem{byColumn.value(e.field(), -1), e.message()}};
        }
        return {};
    }

    QString m_baseCurrency;
    ImportLookup m_units;
    ImportLookup m_categories;
    ImportLookup m_taxRates;
    QHash<qint64, qint64> m_taxByBp;
    QSet<QString> m_currencies;
};

} // namespace

std::unique_ptr<ImportTarget> ProductImport::create()
{
    return std::make_unique<ProductTarget>();
}

} // namespace Crm
