#pragma once

namespace Crm {

class Database;

// File → Settings → Backups, stored with the company settings of the database.
struct BackupSettings
{
    static constexpr int kDefaultKeep = 7;
    bool automatic = true;   // a backup at the first start of each day
    int keep = kDefaultKeep; // backups the folder keeps

    // The stored settings, or the defaults where none are stored (or the file
    // cannot be read).
    static BackupSettings load(const Database &db);
    void save(const Database &db) const;
};

} // namespace Crm
