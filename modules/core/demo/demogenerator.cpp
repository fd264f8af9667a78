#include "demogenerator.h"

#include "auth/passwordhash.h"
#include "auth/userrepository.h"
#include "db/database.h"
#include "db/error.h"
#include "demo/demonames.h"
#include "demo/demoparties.h"
#include "demo/demoutil.h"
#include "model/money.h"
#include "model/numbering.h"
#include "model/productrepository.h"
#include "model/recordrepository.h"
#include "model/setup.h"
#include "search/normalizer.h"
#include "search/searchindex.h"

#include <QtConcurrent/QtConcurrentMap>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

namespace Crm {

void DemoGenerator::generate(const Database &db, const DemoOptions &o, const std::function<void(int)> &progress)
{
    if (o.customers < 0 || o.products < 0)
        throw Error(tr("The number of customers and products cannot be negative."));
    Demo::Rng rng(o.seed);
    const int suppliers = o.suppliers >= 0 ? o.suppliers : std::clamp(o.customers / 20, 20, 5000);
    const qint64 baseMs = QDateTime(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    const QString actor = QStringLiteral("admin");
    auto report = [&](int p) {
        if (progress)
            progress(p);
    };

    // A new file is filled in one go: no write-ahead log to copy twice, a large
    // cache and two sorter threads for the indexes. A failure rolls back (the
    // rollback journal is kept in memory) and the normal settings come back after.
    const bool bulk = !db.isMemory();
    if (bulk) {
        db.exec(QStringLiteral("PRAGMA journal_mode=MEMORY"));
        db.exec(QStringLiteral("PRAGMA synchronous=OFF"));
        db.exec(QStringLiteral("PRAGMA cache_size=-524288"));
        db.exec(QStringLiteral("PRAGMA threads=2"));
    }
    struct BulkSettingsBack
    {
        const Database &db;
        bool bulk;
        ~BulkSettingsBack()
        {
            if (!bulk)
                return;
            try {
                db.exec(QStringLiteral("PRAGMA threads=0"));
                db.exec(QStringLiteral("PRAGMA cache_size=-32000"));
                db.exec(QStringLiteral("PRAGMA synchronous=FULL"));
                db.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            } catch (const Error &) {
                // A destructor must not throw; every new connection sets these again.
            }
        }
    } restore{db, bulk};
    WriteTransaction tx(db);
    SetupAnswers answers;
    answers.companyName = QStringLiteral("示例贸易有限公司 Demo Trading Co., Ltd.");
    answers.baseCurrency = QStringLiteral("CNY");
    answers.adminName = QStringLiteral("管理员 Admin");
    answers.adminPassword = QString::fromLatin1(kPassword);
    Setup::initialize(db, answers);
    db.exec(QStringLiteral("INSERT INTO core_setting(key, value) VALUES ('company.address', ?), ('company.tax_id', ?), "
                           "('company.phone', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            {QStringLiteral("上海市浦东新区张江路 88 号 / 88 Zhangjiang Rd, Shanghai"),
             QStringLiteral("91310115MA1K4XXX8Q"), QStringLiteral("021-5080 8888")});

    // Users in several roles.
    UserRepository users(db, actor);
    struct DemoUser
    {
        const char *login;
        const char *name;
        const char *role;
    };
    const DemoUser demoUsers[] = {{"li.na", "李娜 Li Na", "manager"},        {"wang.fang", "王芳 Wang Fang", "sales"},
                                  {"maria.garcia", "María García", "sales"}, {"john.smith", "John Smith", "sales"},
                                  {"chen.jie", "陈杰 Chen Jie", "buyer"},    {"zhao.lei", "赵磊 Zhao Lei", "warehouse"},
                                  {"liu.yang", "刘洋 Liu Yang", "finance"}};
    // The same password for every demo user, but each its own salt and hash
    // (as if each had chosen it): hashed side by side, Argon2id being slow on purpose.
    const QList<int> order{0, 1, 2, 3, 4, 5, 6};
    const QStringList hashes = QtConcurrent::blockingMapped<QStringList>(
        order, [](int) { return PasswordHash::hash(QString::fromLatin1(kPassword)); });
    QList<qint64> salesUsers;
    qint64 managerId = 0;
    for (qsizetype i = 0; i < std::size(demoUsers); ++i) {
        const DemoUser &d = demoUsers[i];
        User u;
        u.login = QString::fromLatin1(d.login);
        u.name = QString::fromUtf8(d.name);
        u.roleId = users.roleByCode(QString::fromLatin1(d.role))->id;
        u.managerId = QLatin1String(d.role) == QLatin1String("sales") ? managerId : 0;
        users.saveWithHash(u, hashes.at(i));
        if (QLatin1String(d.role) == QLatin1String("manager"))
            managerId = u.id;
        if (QLatin1String(d.role) == QLatin1String("sales") || QLatin1String(d.role) == QLatin1String("manager"))
            salesUsers << u.id;
    }

    // Reference data.
    auto saveRecord = [&](const RecordSchema &schema, QVariantMap values) {
        RecordRepository(db, schema, actor).save(values);
        return values.value(QStringLiteral("id")).toLongLong();
    };
    const QList<std::tuple<QString, QString, QString, qint64>> currencies{
        {QStringLiteral("USD"), QStringLiteral("US Dollar"), QStringLiteral("$"), 7100000},
        {QStringLiteral("EUR"), QStringLiteral("Euro"), QStringLiteral("€"), 7750000},
        {QStringLiteral("JPY"), QStringLiteral("日元 Japanese Yen"), QStringLiteral("¥"), 48000},
        {QStringLiteral("HKD"), QStringLiteral("港币 Hong Kong Dollar"), QStringLiteral("HK$"), 910000}};
    for (const auto &[code, name, symbol, rate] : currencies)
        saveRecord(Schemas::currency(), {{QStringLiteral("code"), code},
                                         {QStringLiteral("name"), name},
                                         {QStringLiteral("symbol"), symbol},
                                         {QStringLiteral("decimals"), Money::decimalsFor(code)},
                                         {QStringLiteral("rate_micros"), rate},
                                         {QStringLiteral("active"), 1}});
    db.exec(QStringLiteral("UPDATE core_currency SET name = '人民币 Renminbi', symbol = '¥' WHERE code = 'CNY'"));
    QList<qint64> taxIds;
    const QList<std::tuple<QString, QString, int>> taxes{
        {QStringLiteral("VAT13"), QStringLiteral("增值税 13% VAT"), 1300},
        {QStringLiteral("VAT9"), QStringLiteral("增值税 9% VAT"), 900},
        {QStringLiteral("VAT6"), QStringLiteral("增值税 6% VAT"), 600},
        {QStringLiteral("IVA21"), QStringLiteral("IVA 21%"), 2100},
        {QStringLiteral("ZERO"), QStringLiteral("0% / exento"), 0}};
    for (const auto &[code, name, bp] : taxes)
        taxIds << saveRecord(Schemas::taxRate(), {{QStringLiteral("code"), code},
                                                  {QStringLiteral("name"), name},
                                                  {QStringLiteral("rate_bp"), bp},
                                                  {QStringLiteral("active"), 1}});
    const QList<QPair<QString, QString>> warehouses{{QStringLiteral("SH01"), QStringLiteral("上海总仓 Shanghai main")},
                                                    {QStringLiteral("SZ01"), QStringLiteral("深圳仓 Shenzhen")},
                                                    {QStringLiteral("BJ01"), QStringLiteral("北京仓 Beijing")},
                                                    {QStringLiteral("MAD1"), QStringLiteral("Almacén Madrid")},
                                                    {QStringLiteral("RET1"), QStringLiteral("退货仓 Returns")}};
    for (const auto &[code, name] : warehouses)
        saveRecord(Schemas::warehouse(),
                   {{QStringLiteral("code"), code}, {QStringLiteral("name"), name}, {QStringLiteral("active"), 1}});
    QList<qint64> categoryIds;
    const QStringList categories = QString::fromUtf8("紧固件 Fasteners|轴承 Bearings|电气 Electrical|液压 Hydraulics|"
                                                     "传感器 Sensors|Válvulas|包装 Packaging")
                                       .split(QLatin1Char('|'));
    for (int i = 0; i < categories.size(); ++i)
        categoryIds << saveRecord(Schemas::productCategory(),
                                  {{QStringLiteral("code"), QStringLiteral("C%1").arg(i + 1, 2, 10, QLatin1Char('0'))},
                                   {QStringLiteral("name"), categories.at(i)}});
    QList<qint64> unitIds;
    QSqlQuery uq = db.exec(QStringLiteral("SELECT id FROM core_unit ORDER BY id"));
    while (uq.next())
        unitIds << uq.value(0).toLongLong();
    QList<qint64> termIds;
    QSqlQuery tq = db.exec(QStringLiteral("SELECT id FROM core_payment_terms ORDER BY id"));
    while (tq.next())
        termIds << tq.value(0).toLongLong();
    report(2);

    const Numbering numbering(db);
    DemoParties::Params params{o.customers,
                               suppliers,
                               o.seed,
                               baseMs,
                               salesUsers,
                               termIds,
                               numbering.format(QStringLiteral("core.customer")),
                               numbering.format(QStringLiteral("core.supplier"))};
    DemoParties::generate(db, params, [&](int p) { report(2 + p * 88 / 100); });
    // Products.
    Demo::Prepared product(
        db, QStringLiteral(
                "INSERT INTO core_product(uuid, code, name, specification, unit_id, category_id, barcode, cost_minor, "
                "sale_price_minor, currency, tax_rate_id, warranty_months, safety_stock_milli, active, dup_key, "
                "created_at, "
                "updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    Demo::Prepared pfts(db, QStringLiteral("INSERT INTO core_product_fts(rowid, key) VALUES (?, ?)"));
    Demo::Prepared pftsShort(db, QStringLiteral("INSERT INTO core_product_fts_short(rowid, key) VALUES (?, ?)"));
    const QStringList nouns = DemoNames::productNouns();
    const QStringList materials = DemoNames::productMaterials();
    const QStringList specs = DemoNames::productSpecs();
    const QString created = QDateTime::fromMSecsSinceEpoch(baseMs, Qt::UTC).toString(Qt::ISODateWithMs);
    const NumberFormat productCodes = Numbering(db).format(QStringLiteral("core.product"));
    for (int i = 0; i < o.products; ++i) {
        const QString code = productCodes(i + 1);
        const QString name = rng.pick(materials) + QLatin1Char(' ') + rng.pick(nouns);
        // The sequence number keeps (name, specification) unique, as the duplicate rule requires.
        const QString spec = rng.pick(specs) + QStringLiteral(" #%1").arg(i + 1);
        const qint64 cost = 100 + rng.below(500000);
        const QString barcode = QStringLiteral("69") + rng.digits(11);
        product.run({rng.uuid(baseMs + i), code, name, spec, unitIds.at(rng.below(int(unitIds.size()))),
                     categoryIds.at(rng.below(int(categoryIds.size()))), barcode, cost,
                     cost * (120 + rng.below(80)) / 100, QStringLiteral("CNY"), taxIds.at(rng.below(3)),
                     6 * rng.below(5), qint64(rng.below(50)) * 1000, 1,
                     ProductRepository::duplicateKey(Product{0, {}, code, name, spec}), created, created, actor});
        const QVariant productId = product.query.lastInsertId();
        const QString key = SearchIndex::keyText({code, name, spec, barcode});
        pfts.run({productId, key});
        pftsShort.run({productId, Normalizer::shortIndexText(key)});
    }
    db.exec(QStringLiteral("UPDATE core_numbering SET next_value = ? WHERE doc_type = 'core.product'"),
            {o.products + 1});
    report(95);
    tx.commit();
    db.exec(QStringLiteral("PRAGMA optimize"));
    report(100);
}

} // namespace Crm
