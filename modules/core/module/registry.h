#pragma once

#include "model/listspec.h"
#include "import/importtarget.h"
#include "print/printdocument.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <typeindex>
#include <unordered_map>

class QWidget;

namespace Crm {

class Database;
class Session;
class Registry;

// What a page gets when it is created.
struct PageContext
{
    const Database &db;
    const Session &session;
    Registry &registry;
};

// A page of the shell, registered by a module with a string id
// ("sales.page.customers"). The shell groups pages by `group` in its navigation.
struct PageSpec
{
    QString id;
    std::function<QString()> title;
    std::function<QString()> group;
    QString permission; // needed to see the page
    int order = 0;      // within the group
    std::function<QWidget *(const PageContext &, QWidget *parent)> create;
    // For a list page: the list it shows, as it first opens. This is how a list is
    // exported without its page (`crmsuite-cli export <ListSpec::id>`); on the
    // page itself Export… (Ctrl+E) comes with every ListPage.
    std::function<ListSpec(const Database &)> list = nullptr;
};

struct PermissionSpec
{
    QString id; // "sales.customers.edit"
    std::function<QString()> title;
};

// A tab another module adds to a form of core ("core.party": the customer and
// supplier form), e.g. the customer's quotations and orders on the customer form.
struct FormTabSpec
{
    QString form;
    std::function<QString()> title;
    QString permission; // needed to see the tab
    // The tab for the saved record `id`; `customer` tells a customer from a supplier.
    std::function<QWidget *(const PageContext &, qint64 id, bool customer, QWidget *parent)> create;
};

class SettingsSection;

// A module's section of File → Settings (e.g. sales: rounding, discounts).
struct SettingsSpec
{
    QString id;
    std::function<QString()> title;
    QString permission; // needed to change it (others see it read-only)
    std::function<SettingsSection *(const PageContext &, QWidget *parent)> create;
};

// A consistency check a module adds to `crmsuite-cli check` (e.g. on-hand against
// the stock ledger): one translated line per problem, none when all is well.
struct CheckSpec
{
    QString id;
    QString module; // checks run only on files that have the module's tables
    std::function<QStringList(const Database &)> run;
};

// One figure of a benchmark, printed with its target and its ratio to the
// baseline measured in the same run (`baseline` 0: none).
struct BenchFigure
{
    QString what; // translated
    double value = 0;
    QString unit; // "ms", "MB", "keys"
    QString target;
    double baseline = 0;
};

// A module's benchmark (`crmsuite-cli bench <id>`): it runs on a scratch demo
// database it may change, and returns its figures; throws Crm::Error.
// What `crmsuite-cli bench <id>` types from the keyboard on a module's document
// page (Ctrl+N, party, Enter, Tab, Tab, item, Enter, quantity, Enter …, Ctrl+S,
// Ctrl+Enter, Escape), one document per party.
struct KeyboardEntryFixture
{
    QString pageId;
    QStringList parties;    // codes
    QStringList items;      // product codes, one line each
    QStringList quantities; // one per item
    // Whether the newest document of `party` came out saved, confirmed and whole.
    std::function<bool(const QString &party)> done;
};

struct BenchSpec
{
    QString id;
    std::function<QList<BenchFigure>(const PageContext &)> run;
    // Optional: the keyboard entry to time as well (same scratch database).
    std::function<KeyboardEntryFixture(const PageContext &)> keyboardEntry = nullptr;
};

// A module's part of the demo company, run after the core master data exists.
struct DemoStep
{
    QString id;
    // `seed` is the demo's; services (e.g. StockService) come from `registry`.
    // Throws Crm::Error.
    std::function<void(const Database &, quint32 seed, const Registry &registry)> run;
};

// The table every module registers into; read by the GUI shell and the CLI.
class Registry
{
public:
    void addPrintDocument(PrintDocumentSpec document) { m_printDocuments.append(std::move(document)); }
    const PrintDocumentSpec *printDocument(const QString &id) const
    {
        for (const PrintDocumentSpec &d : m_printDocuments)
            if (d.id == id)
                return &d;
        return nullptr;
    }
    QList<PrintDocumentSpec> printDocuments() const { return m_printDocuments; }

    void addSettings(SettingsSpec section) { m_settings.append(std::move(section)); }
    QList<SettingsSpec> settings() const { return m_settings; }

    void addCheck(CheckSpec check) { m_checks.append(std::move(check)); }
    QList<CheckSpec> checks() const { return m_checks; }

    void addBench(BenchSpec bench) { m_benches.append(std::move(bench)); }
    QList<BenchSpec> benches() const { return m_benches; }

    // What the lists of a module import (Import… on their page, File → Import,
    // `crmsuite-cli import`).
    void addImportTarget(ImportTargetSpec target) { m_importTargets.append(std::move(target)); }
    QList<ImportTargetSpec> importTargets() const { return m_importTargets; }
    // By id ("sales.customers") or command-line name ("customers"); nullptr when absent.
    const ImportTargetSpec *importTarget(const QString &idOrName) const
    {
        for (const ImportTargetSpec &t : m_importTargets)
            if (t.id == idOrName || t.name == idOrName)
                return &t;
        return nullptr;
    }

    void addDemoStep(DemoStep step) { m_demoSteps.append(std::move(step)); }
    QList<DemoStep> demoSteps() const { return m_demoSteps; }

    void addPage(PageSpec page);
    QList<PageSpec> pages() const; // sorted by group order then order
    const PageSpec *page(const QString &id) const;
    // The lists of the registered list pages (PageSpec::list), in page order, and
    // the one with ListSpec::id `id` (nullopt when none).
    QList<ListSpec> lists(const Database &db) const;
    std::optional<ListSpec> list(const Database &db, const QString &id) const;

    void addFormTab(FormTabSpec tab) { m_formTabs.append(std::move(tab)); }
    QList<FormTabSpec> formTabs(const QString &form) const
    {
        QList<FormTabSpec> out;
        for (const FormTabSpec &t : m_formTabs)
            if (t.form == form)
                out << t;
        return out;
    }

    void addPermission(PermissionSpec permission);
    QList<PermissionSpec> permissions() const { return m_permissions; }

    // Service contracts (abstract classes in core/services): registered by the
    // owning module, looked up by others; nullptr when the module is absent.
    template <typename T> void addService(std::shared_ptr<T> service)
    {
        m_services[std::type_index(typeid(T))] = service;
    }
    template <typename T> T *service() const
    {
        auto it = m_services.find(std::type_index(typeid(T)));
        return it == m_services.end() ? nullptr : static_cast<T *>(it->second.get());
    }

private:
    QList<PageSpec> m_pages;
    QList<PermissionSpec> m_permissions;
    QList<PrintDocumentSpec> m_printDocuments;
    QList<DemoStep> m_demoSteps;
    QList<FormTabSpec> m_formTabs;
    QList<BenchSpec> m_benches;
    QList<CheckSpec> m_checks;
    QList<SettingsSpec> m_settings;
    QList<ImportTargetSpec> m_importTargets;
    std::unordered_map<std::type_index, std::shared_ptr<void>> m_services;
};

} // namespace Crm
