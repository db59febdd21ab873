#include "migrations/MigrationSet.h"

#include "migrations/MigrationFormat.h"

#include <QDir>
#include <QFileInfo>

namespace steward {

QString MigrationSet::defaultFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("migrations"));
}

Result<QVector<MigrationFile>> MigrationSet::load(const QString& folder)
{
    auto read = readMigrationFolder(folder);
    if (!read)
        return read.error();
    return std::move(read).value().files;
}

} // namespace steward
