#pragma once

#include <cstdint>

// A SQLite VFS that forwards everything to the default VFS and counts xSync calls (fsync or
// fdatasync underneath), so tests and benchmarks count what a commit really costs instead
// of assuming it. Counts are per thread: a booking's syncs apart from those of a background
// checkpoint. Installed as the default VFS, for connections opened afterwards.
namespace linli::test {

void installFsyncCountingVfs();
std::uint64_t syncCountOnThisThread();
std::uint64_t syncCountAllThreads();

} // namespace linli::test
