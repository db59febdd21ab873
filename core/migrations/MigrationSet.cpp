#include "migrations/MigrationSet.h"

#include "db/DatabaseEngine.h"
#include "migrations/MigrationFormat.h"

#include <QDir>
#include <QFileInfo>

namespace steward {

QString MigrationSet::defaultFolder(const QString& databasePath)
{
    if (DatabaseEngine::forLocation(databasePath).isServer())
        return {}; // a server's database has no folder beside it: the user chooses one
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
