#pragma once

#include <atomic>
#include <cstdint>

// A SQLite VFS that forwards everything to the default VFS and counts xSync calls (fsync or
// fdatasync underneath), so a benchmark measures how many syncs a commit really costs
// instead of assuming it. Registered as the default VFS by the benchmark only.
namespace linli::bench {

void installFsyncCountingVfs();
std::uint64_t syncCount();

} // namespace linli::bench
