#include "FaultVfs.h"

#include <QByteArray>

#include <sqlite3.h>

#include <cstring>
#include <mutex>

namespace steward::test {

namespace {

sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs;
std::mutex g_scopeMutex;
QByteArray g_scope;
std::atomic<int> g_points{0};
std::atomic<int> g_kindPoints[4];
std::atomic<int> g_armAt{0}; // 0 = disarmed
std::atomic<bool> g_persistent{false};
std::atomic<int> g_effect{0};
std::atomic<int> g_injected{0};

struct FaultFile {
    sqlite3_file base;
    bool scoped;
    sqlite3_file* real; // follows this struct in the same allocation
};

bool inScope(const char* path)
{
    if (!path)
        return false;
    std::lock_guard lock(g_scopeMutex);
    return !g_scope.isEmpty() && std::strncmp(path, g_scope.constData(), size_t(g_scope.size())) == 0;
}

// Counts a fault point; true when this one must fail.
bool shouldFail(FaultVfs::Kind kind)
{
    const int n = ++g_points;
    ++g_kindPoints[int(kind)];
    const int at = g_armAt.load();
    if (at == 0)
        return false;
    if (n == at || (g_persistent.load() && n > at)) {
        ++g_injected;
        return true;
    }
    return false;
}

int xClose(sqlite3_file* f)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    const int rc = ff->real->pMethods ? ff->real->pMethods->xClose(ff->real) : SQLITE_OK;
    return rc;
}

int xRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    if (ff->scoped && shouldFail(FaultVfs::Kind::Read))
        return SQLITE_IOERR_READ;
    return ff->real->pMethods->xRead(ff->real, buffer, amount, offset);
}

int xWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    if (ff->scoped && shouldFail(FaultVfs::Kind::Write)) {
        switch (FaultVfs::Effect(g_effect.load())) {
        case FaultVfs::Effect::Full:
            return SQLITE_FULL;
        case FaultVfs::Effect::IoError:
            return SQLITE_IOERR_WRITE;
        case FaultVfs::Effect::ShortWrite:
            // Half of the bytes reach the file, then the disk is full: what a real short write looks like.
            ff->real->pMethods->xWrite(ff->real, buffer, amount / 2, offset);
            return SQLITE_FULL;
        }
    }
    return ff->real->pMethods->xWrite(ff->real, buffer, amount, offset);
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    return ff->real->pMethods->xTruncate(ff->real, size);
}

int xSync(sqlite3_file* f, int flags)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    if (ff->scoped && shouldFail(FaultVfs::Kind::Sync))
        return SQLITE_IOERR_FSYNC;
    return ff->real->pMethods->xSync(ff->real, flags);
}

int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    return ff->real->pMethods->xFileSize(ff->real, size);
}

int xLock(sqlite3_file* f, int level)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    return ff->real->pMethods->xLock(ff->real, level);
}

int xUnlock(sqlite3_file* f, int level)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    return ff->real->pMethods->xUnlock(ff->real, level);
}

int xCheckReservedLock(sqlite3_file* f, int* out)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    return ff->real->pMethods->xCheckReservedLock(ff->real, out);
}

int xFileControl(sqlite3_file* f, int op, void* arg)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    return ff->real->pMethods->xFileControl(ff->real, op, arg);
}

int xSectorSize(sqlite3_file* f)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    return ff->real->pMethods->xSectorSize(ff->real);
}

int xDeviceCharacteristics(sqlite3_file* f)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    return ff->real->pMethods->xDeviceCharacteristics(ff->real);
}

int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    return ff->real->pMethods->xShmMap(ff->real, page, size, extend, out);
}

int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    return ff->real->pMethods->xShmLock(ff->real, offset, n, flags);
}

void xShmBarrier(sqlite3_file* f)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    ff->real->pMethods->xShmBarrier(ff->real);
}

int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    return ff->real->pMethods->xShmUnmap(ff->real, deleteFlag);
}

int xFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    // Memory-mapped reads would bypass xRead: decline them, SQLite falls back to xRead.
    (void)f;
    (void)offset;
    (void)amount;
    *out = nullptr;
    return SQLITE_OK;
}

int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* p)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    if (!p)
        return SQLITE_OK;
    return ff->real->pMethods->xUnfetch(ff->real, offset, p);
}

const sqlite3_io_methods g_methods = {3,
                                      xClose,
                                      xRead,
                                      xWrite,
                                      xTruncate,
                                      xSync,
                                      xFileSize,
                                      xLock,
                                      xUnlock,
                                      xCheckReservedLock,
                                      xFileControl,
                                      xSectorSize,
                                      xDeviceCharacteristics,
                                      xShmMap,
                                      xShmLock,
                                      xShmBarrier,
                                      xShmUnmap,
                                      xFetch,
                                      xUnfetch};

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags)
{
    auto* ff = reinterpret_cast<FaultFile*>(f);
    ff->real = reinterpret_cast<sqlite3_file*>(ff + 1);
    ff->scoped = inScope(name);
    ff->base.pMethods = nullptr;
    if (ff->scoped && shouldFail(FaultVfs::Kind::Open))
        return SQLITE_CANTOPEN;
    const int rc = g_real->xOpen(g_real, name, ff->real, flags, outFlags);
    if (rc == SQLITE_OK && ff->real->pMethods)
        ff->base.pMethods = &g_methods;
    return rc;
}

int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}

int xAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}

int xFullPathname(sqlite3_vfs*, const char* name, int n, char* out)
{
    return g_real->xFullPathname(g_real, name, n, out);
}

} // namespace

void FaultVfs::install()
{
    if (g_real)
        return;
    sqlite3_initialize();
    g_real = sqlite3_vfs_find(nullptr);
    g_vfs = *g_real; // dlopen, randomness, sleep, time: the real ones
    g_vfs.zName = "steward-fault";
    g_vfs.szOsFile = int(sizeof(FaultFile)) + g_real->szOsFile;
    g_vfs.pAppData = nullptr;
    g_vfs.pNext = nullptr;
    g_vfs.xOpen = xOpen;
    g_vfs.xDelete = xDelete;
    g_vfs.xAccess = xAccess;
    g_vfs.xFullPathname = xFullPathname;
    sqlite3_vfs_register(&g_vfs, 1);
}

void FaultVfs::setScope(const QString& folder)
{
    std::lock_guard lock(g_scopeMutex);
    g_scope = folder.toUtf8();
}

void FaultVfs::startCounting()
{
    g_armAt = 0;
    g_points = 0;
    for (auto& k : g_kindPoints)
        k = 0;
    g_injected = 0;
}

void FaultVfs::arm(int nth, Effect effect, bool persistent)
{
    startCounting();
    g_effect = int(effect);
    g_persistent = persistent;
    g_armAt = nth;
}

void FaultVfs::disarm()
{
    g_armAt = 0;
}

int FaultVfs::points()
{
    return g_points.load();
}

int FaultVfs::injected()
{
    return g_injected.load();
}

int FaultVfs::pointsOf(Kind kind)
{
    return g_kindPoints[int(kind)].load();
}

} // namespace steward::test
