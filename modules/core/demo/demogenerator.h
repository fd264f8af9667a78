#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace Crm {

class Database;

struct DemoOptions
{
    int customers = 2000;
    int suppliers = -1; // -1: a twentieth of the customers, between 20 and 5,000
    int products = 500;
    quint32 seed = 1;
};

// Fills a new database with a realistic, deterministic company: users in several
// roles (password "demo123"), currencies, tax rates, units, categories, warehouses,
// customers and suppliers with Chinese, English and Spanish names, cities, phones
// and several contacts each, and products. The same seed gives the same data.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(Crm::DemoGenerator)
public:
    static constexpr const char *kPassword = "demo123";
    // `progress` receives 0…100. Throws Crm::Error; on error nothing is kept.
    static void generate(const Database &db, const DemoOptions &options, const std::function<void(int)> &progress = {});
};

} // namespace Crm
