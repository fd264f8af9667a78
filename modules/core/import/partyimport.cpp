#include "import/partyimport.h"

#include "db/bulkstatement.h"
#include "db/database.h"
#include "db/error.h"
#include "import/importvalues.h"
#include "import/partyimportfields.h"
#include "model/money.h"
#include "model/numbering.h"
#include "model/partybulkinsert.h"
#include "model/partyrepository.h"
#include "model/settings.h"
#include "search/normalizer.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <deque>

namespace Crm {

namespace {

using namespace PartyImportFields;

// The saved party with a given code, name key or tax key (the first saved, for
// the keys that may repeat). Probed in the table's indexes one key at a time;
// or, when the file has more rows than the highest saved id, all keys are read
// into memory once: reading 2,000 saved customers beats 300,000 index probes
// for a file of 100,000 rows (a hash join instead of a nested loop).
class SavedKeys
{
public:
    SavedKeys(const Database &db, qsizetype rows)
        : m_loaded(db.scalar(QStringLiteral("SELECT COALESCE(max(id), 0) FROM core_party")).toLongLong() < rows)
    {
        if (!m_loaded) {
            m_probes.emplace_back(db, QStringLiteral("SELECT id FROM core_party WHERE code = ?"));
            m_probes.emplace_back(db,
                                  QStringLiteral("SELECT id FROM core_party WHERE name_key = ? ORDER BY id LIMIT 1"));
            m_probes.emplace_back(db,
                                  QStringLiteral("SELECT id FROM core_party WHERE tax_key = ? ORDER BY id LIMIT 1"));
            return;
        }
        QSqlQuery q = db.exec(QStringLiteral("SELECT id, code, name_key, tax_key FROM core_party ORDER BY id"));
        while (q.next()) {
            for (int k = 0; k < 3; ++k) {
                const QString value = q.value(k + 1).toString();
                if (!value.isEmpty() && !m_ids[k].contains(value)) // the first saved one stays
                    m_ids[k].insert(value, q.value(0).toLongLong());
            }
        }
    }

    // 0 when no saved party has `value` as its key `field` (Code, Name or TaxId).
    qint64 find(int field, const QString &value)
    {
        const int k = field == Code ? 0 : (field == Name ? 1 : 2);
        return m_loaded ? m_ids[k].value(value) : m_probes[size_t(k)].find(value);
    }

private:
    bool m_loaded;
    QHash<QString, qint64> m_ids[3]; // when loaded: code, name key, tax key -> id
    std::deque<BulkLookup> m_probes; // otherwise: the same three as index probes
};

// Whether a code is saved already, for the numbers an import takes: the saved
// codes between the lowest and the highest of them are read at once; any other
// code (a number taken later) is probed in the index.
class SavedCodes
{
public:
    SavedCodes(const Database &db, const QStringList &numbers)
        : m_probe(db, QStringLiteral("SELECT id FROM core_party WHERE code = ?"))
    {
        if (numbers.isEmpty())
            return;
        // In SQLite's order of text (bytes of UTF-8).
        for (const QString &n : numbers) {
            const QByteArray utf8 = n.toUtf8();
            if (m_low.isNull() || utf8 < m_low)
                m_low = utf8;
            if (m_high.isNull() || utf8 > m_high)
                m_high = utf8;
        }
        QSqlQuery q = db.exec(QStringLiteral("SELECT code FROM core_party WHERE code BETWEEN ? AND ?"),
                              {QString::fromUtf8(m_low), QString::fromUtf8(m_high)});
        while (q.next())
            m_inRange.insert(q.value(0).toString());
    }

    bool contains(const QString &code) const
    {
        const QByteArray utf8 = code.toUtf8();
        if (!m_low.isNull() && utf8 >= m_low && utf8 <= m_high)
            return m_inRange.contains(code);
        return m_probe.find(code) != 0;
    }

private:
    QByteArray m_low;
    QByteArray m_high;
    QSet<QString> m_inRange;
    mutable BulkLookup m_probe;
};

class PartyTarget final : public ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(Crm::PartyImport)
public:
    explicit PartyTarget(bool customers)
        : m_customers(customers)
    {}

    QList<ImportField> fields() const override { return PartyImportFields::fields(); }

    void prepare(const Database &db) override
    {
        m_baseCurrency = Settings(db).baseCurrency();
        QSqlQuery users = db.exec(QStringLiteral("SELECT id, login, name FROM core_user ORDER BY id"));
        while (users.next())
            m_users.add(users.value(0).toLongLong(), {users.value(1).toString(), users.value(2).toString()});
        QSqlQuery terms = db.exec(QStringLiteral("SELECT id, code, name FROM core_payment_terms ORDER BY id"));
        while (terms.next())
            m_terms.add(terms.value(0).toLongLong(), {terms.value(1).toString(), terms.value(2).toString()});
        QSqlQuery currencies = db.exec(QStringLiteral("SELECT code FROM core_currency"));
        while (currencies.next())
            m_currencies.insert(currencies.value(0).toString().toUpper());
        m_currencies.insert(m_baseCurrency);
        // Lookups of position + 1 (0: unknown).
        const QStringList statuses = Party::statuses();
        for (qsizetype i = 0; i < statuses.size(); ++i)
            m_statuses.add(i + 1, {statuses.at(i), Party::statusTitle(statuses.at(i))});
        const QStringList types = Party::partyTypes();
        for (qsizetype i = 0; i < types.size(); ++i)
            m_types.add(i + 1, {types.at(i), Party::partyTypeTitle(types.at(i))});
        m_types.add(1, {QStringLiteral("公司"), QStringLiteral("企业"), QStringLiteral("empresa")});
        m_types.add(2, {QStringLiteral("个人"), QStringLiteral("persona")});
    }

    QList<ImportProblem> check(const QStringList &v, QList<ImportKey> *keys) override
    {
        QList<ImportProblem> problems;
        const Party p = build(v, &problems);
        if (problems.isEmpty())
            problems << validate(p);
        keys->append({Code, v.at(Code)});
        keys->append({Name, Normalizer::name(v.at(Name))});
        keys->append({TaxId, Normalizer::taxId(v.at(TaxId))});
        return problems;
    }

    bool keyIsUnique(int field) const override { return field == Code; }

    QList<ImportMatch> findExisting(const Database &db, const QList<QList<ImportKey>> &keys) override
    {
        SavedKeys saved(db, keys.size());
        QList<ImportMatch> out(keys.size());
        QHash<qint64, QString> labels;
        for (qsizetype r = 0; r < keys.size(); ++r) {
            for (const ImportKey &k : keys.at(r)) {
                if (k.value.isEmpty())
                    continue;
                if (const qint64 id = saved.find(k.field, k.value)) {
                    out[r] = {id, k.field, {}};
                    labels.insert(id, {});
                    break;
                }
            }
        }
        fillLabels(db, labels);
        for (ImportMatch &m : out)
            if (m.id > 0)
                m.label = labels.value(m.id);
        return out;
    }

    QList<ImportProblem> checkUpdate(const Database &db, const QStringList &v, qint64 id) override
    {
        QList<ImportProblem> problems;
        const std::optional<Party> merged = mergeInto(db, v, id, &problems);
        if (merged && problems.isEmpty())
            problems << validate(*merged);
        return problems;
    }

    QString label(const QStringList &v) const override
    {
        return v.at(Code).isEmpty() ? v.at(Name) : v.at(Code) + QLatin1Char(' ') + v.at(Name);
    }

    void write(const Database &db, const QString &actor, const QList<ImportWrite> &rows,
               const std::function<void()> &stopIfCancelled) override
    {
        // Saved parties are updated through the repository, new ones inserted in bulk.
        const PartyRepository repository(db, actor);
        QList<ImportProblem> ignored;
        QList<const QStringList *> creates;
        qsizetype updates = 0;
        for (const ImportWrite &w : rows) {
            if (w.existingId == 0) {
                creates << &w.values;
                continue;
            }
            if (++updates % 256 == 0)
                stopIfCancelled();
            std::optional<Party> merged = mergeInto(db, w.values, w.existingId, &ignored);
            if (!merged)
                throw Error(tr("Record %1 was deleted during the import.").arg(w.existingId));
            repository.save(*merged);
        }
        if (creates.isEmpty())
            return;
        const QStringList codes = codesFor(db, creates);
        PartyBulkInsert(db, actor).insertAll(
            creates.size(),
            [&](qsizetype i) {
                QList<ImportProblem> unused;
                Party p = build(*creates.at(i), &unused);
                p.code = codes.at(i);
                if (p.currency.isEmpty())
                    p.currency = m_baseCurrency;
                return p;
            },
            stopIfCancelled);
    }

private:
    // The party a row describes; problems of single values are appended.
    Party build(const QStringList &v, QList<ImportProblem> *problems) const
    {
        Party p;
        p.isCustomer = m_customers;
        p.isSupplier = !m_customers;
        p.status = m_customers ? QStringLiteral("customer") : QStringLiteral("prospect");
        p.code = v.at(Code);
        p.name = v.at(Name);
        p.shortName = v.at(ShortName);
        p.level = v.at(Level);
        p.industry = v.at(Industry);
        p.source = v.at(Source);
        p.region = v.at(Region);
        p.country = v.at(Country);
        p.city = v.at(City);
        p.address = v.at(Address);
        p.postalCode = v.at(PostalCode);
        p.shippingAddress = v.at(ShippingAddress);
        p.phone = v.at(Phone);
        p.mobile = v.at(Mobile);
        p.fax = v.at(Fax);
        p.email = v.at(Email);
        p.website = v.at(Website);
        p.taxId = v.at(TaxId);
        p.tags = v.at(Tags);
        p.notes = v.at(Notes);
        if (!v.at(PartyType).isEmpty()) {
            const qint64 type = m_types.find(v.at(PartyType));
            if (type == 0)
                *problems << ImportProblem{PartyType,
                                           tr("Unknown type \"%1\": use %2 or %3.")
                                               .arg(v.at(PartyType), Party::partyTypeTitle(QStringLiteral("company")),
                                                    Party::partyTypeTitle(QStringLiteral("person")))};
            else
                p.partyType = Party::partyTypes().at(type - 1);
        }
        if (!v.at(Status).isEmpty()) {
            const qint64 status = m_statuses.find(v.at(Status));
            if (status == 0) {
                QStringList titles;
                for (const QString &s : Party::statuses())
                    titles << Party::statusTitle(s);
                *problems << ImportProblem{
                    Status,
                    tr("Unknown status \"%1\": use one of %2.").arg(v.at(Status), titles.join(QLatin1String(", ")))};
            } else {
                p.status = Party::statuses().at(status - 1);
            }
        }
        if (!v.at(Owner).isEmpty()) {
            p.ownerId = m_users.find(v.at(Owner));
            if (p.ownerId == 0)
                *problems << ImportProblem{Owner,
                                           tr("Unknown user \"%1\": use a log-in or a user's name.").arg(v.at(Owner))};
        }
        if (!v.at(PaymentTerms).isEmpty()) {
            p.paymentTermsId = m_terms.find(v.at(PaymentTerms));
            if (p.paymentTermsId == 0)
                *problems << ImportProblem{PaymentTerms, tr("Unknown payment terms \"%1\".").arg(v.at(PaymentTerms))};
        }
        if (!v.at(Currency).isEmpty()) {
            p.currency = v.at(Currency).toUpper();
            if (!m_currencies.contains(p.currency))
                *problems << ImportProblem{Currency, tr("Unknown currency \"%1\".").arg(v.at(Currency))};
        }
        if (!v.at(CreditLimit).isEmpty()) {
            const QString currency = p.currency.isEmpty() ? m_baseCurrency : p.currency;
            const std::optional<qint64> credit = ImportValues::amount(v.at(CreditLimit), Money::decimalsFor(currency));
            if (!credit)
                *problems << ImportProblem{CreditLimit, tr("\"%1\" is not an amount.").arg(v.at(CreditLimit))};
            else
                p.creditLimitMinor = *credit;
        }
        if (!PartyRepository::isValidEmail(p.email))
            *problems << ImportProblem{Email, tr("\"%1\" is not a valid e-mail address.").arg(p.email)};
        bool anyContact = false;
        for (int f = ContactName; f <= ContactEmail; ++f)
            anyContact = anyContact || !v.at(f).isEmpty();
        if (anyContact) {
            Contact c;
            c.name = v.at(ContactName);
            c.title = v.at(ContactTitle);
            c.department = v.at(ContactDepartment);
            c.phone = v.at(ContactPhone);
            c.mobile = v.at(ContactMobile);
            c.email = v.at(ContactEmail);
            c.isPrimary = true;
            if (c.name.isEmpty())
                *problems << ImportProblem{ContactName, tr("The contact's details are given but not the name.")};
            if (!PartyRepository::isValidEmail(c.email))
                *problems << ImportProblem{ContactEmail, tr("\"%1\" is not a valid e-mail address.").arg(c.email)};
            p.contacts << c;
        }
        return p;
    }

    // The saved party `id` with the row's non-empty values written over it; the
    // code stays. The row's contact updates the contact of the same name, or is added.
    std::optional<Party> mergeInto(const Database &db, const QStringList &v, qint64 id,
                                   QList<ImportProblem> *problems) const
    {
        std::optional<Party> saved = PartyRepository(db, QString()).load(id);
        if (!saved) {
            *problems << ImportProblem{-1, tr("The record to update no longer exists.")};
            return std::nullopt;
        }
        const Party row = build(v, problems);
        Party &p = *saved;
        (m_customers ? p.isCustomer : p.isSupplier) = true;
        auto take = [&](int field, QString &to, const QString &from) {
            if (!v.at(field).isEmpty())
                to = from;
        };
        take(Name, p.name, row.name);
        take(ShortName, p.shortName, row.shortName);
        take(PartyType, p.partyType, row.partyType);
        take(Status, p.status, row.status);
        take(Level, p.level, row.level);
        take(Industry, p.industry, row.industry);
        take(Source, p.source, row.source);
        take(Region, p.region, row.region);
        take(Country, p.country, row.country);
        take(City, p.city, row.city);
        take(Address, p.address, row.address);
        take(PostalCode, p.postalCode, row.postalCode);
        take(ShippingAddress, p.shippingAddress, row.shippingAddress);
        take(Phone, p.phone, row.phone);
        take(Mobile, p.mobile, row.mobile);
        take(Fax, p.fax, row.fax);
        take(Email, p.email, row.email);
        take(Website, p.website, row.website);
        take(TaxId, p.taxId, row.taxId);
        take(Currency, p.currency, row.currency);
        take(Tags, p.tags, row.tags);
        take(Notes, p.notes, row.notes);
        if (!v.at(Owner).isEmpty())
            p.ownerId = row.ownerId;
        if (!v.at(PaymentTerms).isEmpty())
            p.paymentTermsId = row.paymentTermsId;
        if (!v.at(CreditLimit).isEmpty())
            p.creditLimitMinor = row.creditLimitMinor;
        if (!row.contacts.isEmpty()) {
            const Contact &c = row.contacts.first();
            auto same = std::find_if(p.contacts.begin(), p.contacts.end(), [&](const Contact &k) {
                return Normalizer::text(k.name) == Normalizer::text(c.name);
            });
            if (same == p.contacts.end()) {
                Contact added = c;
                added.isPrimary = p.contacts.isEmpty();
                p.contacts << added;
            } else {
                take(ContactTitle, same->title, c.title);
                take(ContactDepartment, same->department, c.department);
                take(ContactPhone, same->phone, c.phone);
                take(ContactMobile, same->mobile, c.mobile);
                take(ContactEmail, same->email, c.email);
            }
        }
        return p;
    }

    // The code of each new party: its own, or the next number (as the form
    // gives) past any code already taken in the file or the database.
    QStringList codesFor(const Database &db, const QList<const QStringList *> &creates) const
    {
        QSet<QString> fileCodes;
        int unnumbered = 0;
        for (const QStringList *v : creates) {
            if (v->at(Code).isEmpty())
                ++unnumbered;
            else
                fileCodes.insert(v->at(Code));
        }
        const QString docType = m_customers ? QStringLiteral("core.customer") : QStringLiteral("core.supplier");
        const Numbering numbering(db);
        const QStringList numbers = numbering.take(docType, unnumbered);
        const SavedCodes taken(db, numbers);
        qsizetype next = 0;
        QStringList codes;
        codes.reserve(creates.size());
        for (const QStringList *v : creates) {
            if (!v->at(Code).isEmpty()) {
                codes << v->at(Code);
                continue;
            }
            for (;;) {
                const QString code = next < numbers.size() ? numbers.at(next++) : numbering.next(docType);
                if (!fileCodes.contains(code) && !taken.contains(code)) {
                    codes << code;
                    break;
                }
            }
        }
        return codes;
    }

    static QList<ImportProblem> validate(const Party &p)
    {
        try {
            PartyRepository::validate(p);
        } catch (const Error &e) {
            static const QHash<QString, int> byColumn{{QStringLiteral("name"), Name},
                                                      {QStringLiteral("email"), Email},
                                                      {QStringLiteral("status"), Status},
                                                      {QStringLiteral("credit_limit"), CreditLimit},
                                                      {QStringLiteral("contacts"), ContactName}};
            return {ImportProblem{byColumn.value(e.field(), -1), e.message()}};
        }
        return {};
    }

    static void fillLabels(const Database &db, QHash<qint64, QString> &labels)
    {
        const QList<qint64> ids = labels.keys();
        for (qsizetype i = 0; i < ids.size(); i += 500) {
            QStringList marks;
            QVariantList binds;
            for (qsizetype k = i; k < std::min(ids.size(), i + 500); ++k) {
                marks << QStringLiteral("?");
                binds << ids.at(k);
            }
            QSqlQuery q = db.exec(
                QStringLiteral("SELECT id, code, name FROM core_party WHERE id IN (%1)").arg(marks.join(u',')), binds);
            while (q.next())
                labels[q.value(0).toLongLong()] = q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString();
        }
    }

    bool m_customers;
    QString m_baseCurrency;
    ImportLookup m_users;
    ImportLookup m_terms;
    ImportLookup m_statuses;
    ImportLookup m_types;
    QSet<QString> m_currencies;
};

} // namespace

std::unique_ptr<ImportTarget> PartyImport::create(bool customers)
{
    return std::make_unique<PartyTarget>(customers);
}

} // namespace Crm
