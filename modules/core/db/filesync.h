#pragma once

#include <QString>

class QSaveFile;

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

// Hard-links `to` to `from` (a second name for the same file); false when
// `to` exists or the file system has no hard links.
bool link(const QString &from, const QString &to);
// Copies `from` to `to` (which must not exist) through <to>.partial, flushed
// and renamed into place; returns the reason on failure, with nothing left.
QString copy(const QString &from, const QString &to);
// Whether the two paths name one file (the same inode), or two files of the
// same bytes.
bool sameContent(const QString &a, const QString &b);

// Why writing `path` failed, in the user's words: the disk is full, the
// folder is read-only, or `errorString` (the system's reason) when neither.
QString writeFailure(const QString &path, const QString &errorString);

// Finishes a QSaveFile: flushes what it holds, then renames it into place.
// Qt's commit() alone loses a failure to flush the last buffered block (on
// a full disk it renamed an empty file into place and reported success).
// Returns why it failed, in the user's words (writeFailure), or empty.
QString commit(QSaveFile &file);

// The suite's files hold customer data and password hashes: what it creates
// is for its owner alone (files 0600, folders 0700).
// Creates `path` empty with mode 0600 unless it exists; false on failure.
bool createPrivate(const QString &path);
// Creates the folder and any missing parents, each new one with mode 0700;
// true when it exists afterwards.
bool makeFolders(const QString &folder);

} // namespace Crm::FileSync
