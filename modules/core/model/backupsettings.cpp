#include "backupsettings.h"

#include "db/error.h"
#include "model/settings.h"

#include <algorithm>

namespace Crm {

namespace {
const QString kAutomatic = QStringLiteral("backup.automatic");
const QString kKeep = QStringLiteral("backup.keep");
} // namespace

BackupSettings BackupSettings::load(const Database &db)
{
    BackupSettings s;
    try {
        const Settings settings(db);
        s.automatic = settings.value(kAutomatic, QStringLiteral("1")) != QLatin1String("0");
        bool ok = false;
        const int keep = settings.value(kKeep).toInt(&ok);
        if (ok && keep > 0)
            s.keep = keep;
    } catch (const Error &) {
        // A file without the settings table (or a damaged one): the defaults.
    }
    return s;
}

void BackupSettings::save(const Database &db) const
{
    const Settings settings(db);
    settings.setValue(kAutomatic, automatic ? QStringLiteral("1") : QStringLiteral("0"));
    settings.setValue(kKeep, QString::number(std::max(1, keep)));
}

} // namespace Crm
