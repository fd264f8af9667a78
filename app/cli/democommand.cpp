#include "appcontext.h"
#include "command.h"
#include "db/database.h"
#include "db/error.h"
#include "demo/demogenerator.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace Crm::Cli {

void demoOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("customers"),
                 QCoreApplication::translate("Crm::Cli", "Number of customers (default 2000)."), QStringLiteral("N"),
                 QStringLiteral("2000")});
    p.addOption(
        {QStringLiteral("suppliers"),
         QCoreApplication::translate("Crm::Cli", "Number of suppliers (default: a twentieth of the customers)."),
         QStringLiteral("N"), QStringLiteral("-1")});
    p.addOption({QStringLiteral("products"),
                 QCoreApplication::translate("Crm::Cli", "Number of products (default 500)."), QStringLiteral("M"),
                 QStringLiteral("500")});
    p.addOption({QStringLiteral("seed"),
                 QCoreApplication::translate("Crm::Cli", "Random seed (default 1); the same seed gives the same data."),
                 QStringLiteral("S"), QStringLiteral("1")});
    p.addOption({QStringLiteral("replace"), QCoreApplication::translate("Crm::Cli", "Replace the file if it exists.")});
}

namespace {
bool readInt(const QCommandLineParser &p, const QString &name, int min, int &value)
{
    bool ok = false;
    value = p.value(name).toInt(&ok);
    if (!ok || value < min) {
        err() << QCoreApplication::translate("Crm::Cli",
                                             "demo: --%1 must be a whole number of at least %2, not \"%3\".\n")
                     .arg(name)
                     .arg(min)
                     .arg(p.value(name));
        return false;
    }
    return true;
}
} // namespace

int runDemo(QCommandLineParser &p)
{
    const QString path = dbPath(p);
    DemoOptions o;
    int seed = 0;
    if (!readInt(p, QStringLiteral("customers"), 0, o.customers) ||
        !readInt(p, QStringLiteral("suppliers"), -1, o.suppliers) ||
        !readInt(p, QStringLiteral("products"), 0, o.products) || !readInt(p, QStringLiteral("seed"), 0, seed))
        return 2;
    o.seed = quint32(seed);
    if (QFileInfo::exists(path) && !p.isSet(QStringLiteral("replace"))) {
        err() << QCoreApplication::translate("Crm::Cli",
                                             "demo: %1 already exists; use --replace or choose another --db.\n")
                     .arg(path);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    try {
        AppContext ctx;
        int last = -1;
        // Built beside the file and renamed over it once whole: --replace keeps
        // the old database until then.
        ctx.createDemoDatabase(path, o, [&last](int percent) {
            if (percent / 10 != last / 10) {
                err() << QStringLiteral("\r%1%").arg(percent, 3) << Qt::flush;
                last = percent;
            }
        });
        err() << '\r';
    } catch (const Error &e) {
        err() << QCoreApplication::translate("Crm::Cli", "demo: %1\n").arg(e.message());
        return 1;
    }
    out() << QCoreApplication::translate("Crm::Cli",
                                         "Created demo database %1: %2 customers, %3 products in %4 s.\n"
                                         "Log in as admin (or li.na, wang.fang, chen.jie, zhao.lei, liu.yang) "
                                         "with password %5.\n")
                 .arg(path)
                 .arg(o.customers)
                 .arg(o.products)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(QLatin1String(DemoGenerator::kPassword));
    return 0;
}

} // namespace Crm::Cli
