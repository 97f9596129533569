#include "fsync_counting_vfs.h"

#include <atomic>
#include <cstring>
#include <sqlite3.h>
#include <stdexcept>

namespace linli::test {

namespace {

std::atomic<std::uint64_t> g_syncs{ 0 };
thread_local std::uint64_t t_syncs = 0;
sqlite3_vfs *g_base = nullptr;
sqlite3_vfs g_vfs;

// Our file wraps the real one, which lives right after it in the same allocation.
struct CountingFile {
    sqlite3_file base;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

sqlite3_io_methods g_methods;
const sqlite3_io_methods *g_realMethods = nullptr;

CountingFile *cf(sqlite3_file *f)
{
    return reinterpret_cast<CountingFile *>(f);
}

int xClose(sqlite3_file *f)
{
    return cf(f)->real()->pMethods->xClose(cf(f)->real());
}
int xRead(sqlite3_file *f, void *b, int n, sqlite3_int64 o)
{
    return cf(f)->real()->pMethods->xRead(cf(f)->real(), b, n, o);
}
int xWrite(sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
    return cf(f)->real()->pMethods->xWrite(cf(f)->real(), b, n, o);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 s)
{
    return cf(f)->real()->pMethods->xTruncate(cf(f)->real(), s);
}
int xSync(sqlite3_file *f, int flags)
{
    ++g_syncs;
    ++t_syncs;
    return cf(f)->real()->pMethods->xSync(cf(f)->real(), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *s)
{
    return cf(f)->real()->pMethods->xFileSize(cf(f)->real(), s);
}
int xLock(sqlite3_file *f, int l)
{
    return cf(f)->real()->pMethods->xLock(cf(f)->real(), l);
}
int xUnlock(sqlite3_file *f, int l)
{
    return cf(f)->real()->pMethods->xUnlock(cf(f)->real(), l);
}
int xCheckReservedLock(sqlite3_file *f, int *r)
{
    return cf(f)->real()->pMethods->xCheckReservedLock(cf(f)->real(), r);
}
int xFileControl(sqlite3_file *f, int op, void *a)
{
    return cf(f)->real()->pMethods->xFileControl(cf(f)->real(), op, a);
}
int xSectorSize(sqlite3_file *f)
{
    return cf(f)->real()->pMethods->xSectorSize(cf(f)->real());
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return cf(f)->real()->pMethods->xDeviceCharacteristics(cf(f)->real());
}
int xShmMap(sqlite3_file *f, int i, int s, int e, void volatile **p)
{
    return cf(f)->real()->pMethods->xShmMap(cf(f)->real(), i, s, e, p);
}
int xShmLock(sqlite3_file *f, int o, int n, int fl)
{
    return cf(f)->real()->pMethods->xShmLock(cf(f)->real(), o, n, fl);
}
void xShmBarrier(sqlite3_file *f)
{
    cf(f)->real()->pMethods->xShmBarrier(cf(f)->real());
}
int xShmUnmap(sqlite3_file *f, int d)
{
    return cf(f)->real()->pMethods->xShmUnmap(cf(f)->real(), d);
}
int xFetch(sqlite3_file *f, sqlite3_int64 o, int n, void **p)
{
    return cf(f)->real()->pMethods->xFetch(cf(f)->real(), o, n, p);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 o, void *p)
{
    return cf(f)->real()->pMethods->xUnfetch(cf(f)->real(), o, p);
}

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    CountingFile *file = cf(f);
    const int rc = g_base->xOpen(g_base, name, file->real(), flags, outFlags);
    if (rc != SQLITE_OK || !file->real()->pMethods) {
        file->base.pMethods = nullptr;
        return rc;
    }
    if (!g_realMethods) {
        g_realMethods = file->real()->pMethods;
        g_methods = *g_realMethods;
        g_methods.xClose = xClose;
        g_methods.xRead = xRead;
        g_methods.xWrite = xWrite;
        g_methods.xTruncate = xTruncate;
        g_methods.xSync = xSync;
        g_methods.xFileSize = xFileSize;
        g_methods.xLock = xLock;
        g_methods.xUnlock = xUnlock;
        g_methods.xCheckReservedLock = xCheckReservedLock;
        g_methods.xFileControl = xFileControl;
        g_methods.xSectorSize = xSectorSize;
        g_methods.xDeviceCharacteristics = xDeviceCharacteristics;
        g_methods.xShmMap = xShmMap;
        g_methods.xShmLock = xShmLock;
        g_methods.xShmBarrier = xShmBarrier;
        g_methods.xShmUnmap = xShmUnmap;
        g_methods.xFetch = xFetch;
        g_methods.xUnfetch = xUnfetch;
    }
    file->base.pMethods = &g_methods;
    return rc;
}

} // namespace

void installFsyncCountingVfs()
{
    if (g_base)
        return;
    g_base = sqlite3_vfs_find(nullptr);
    if (!g_base)
        throw std::runtime_error("no default SQLite VFS");
    g_vfs = *g_base;
    g_vfs.zName = "linli-fsync-counting";
    g_vfs.szOsFile = static_cast<int>(sizeof(CountingFile)) + g_base->szOsFile;
    g_vfs.xOpen = xOpen;
    if (sqlite3_vfs_register(&g_vfs, 1) != SQLITE_OK)
        throw std::runtime_error("cannot register the counting VFS");
}

std::uint64_t syncCountOnThisThread()
{
    return t_syncs;
}

std::uint64_t syncCountAllThreads()
{
    return g_syncs.load();
}

} // namespace linli::test
