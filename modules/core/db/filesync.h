#pragma once

#include <QString>

namespace Crm::FileSync {

// Durable file operations for copies of the database: a file written and then
// renamed into place is either wholly there or not at all, also after a power cut.

// Flushes the file's data to the disk; false when it cannot be opened or flushed.
bool syncFile(const QString &path);
// Flushes the folder's entries (after a rename or a new file in it).
bool syncFolder(const QString &folder);
// Renames `from` over `to` in one step (the old `to`, if any, is replaced
// atomically), then flushes the folder. Both must be in the same file system.
// Returns the reason on failure, empty on success.
QString replace(const QString &from, const QString &to);

} // namespace Crm::FileSync
