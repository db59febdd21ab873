#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace steward {

// Flushes a file's contents to the disk.
Result<void> syncFile(const QString& path);
// Flushes a folder, so that a rename or a new file in it survives a crash (QSaveFile does not do this).
Result<void> syncFolder(const QString& folder);
// Writes bytes to a temporary name, flushes, renames over path, flushes the folder.
Result<void> writeFileAtomically(const QString& path, const QByteArray& bytes);
// Renames without replacing an existing file, then flushes the folder.
Result<void> renameNoReplace(const QString& from, const QString& to);

} // namespace steward
