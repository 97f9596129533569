// Cold start of linli-kiosk to the first frame of the home screen, and its peak RSS.
// Each repetition starts a fresh process (offscreen, software renderer) on a database that
// already holds the demo hall, as a kiosk restarting in the morning would.
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <QTemporaryDir>
#include <spawn.h>
#include <stdexcept>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

struct Run {
    double secondsToFirstFrame;
    long peakRssKb;
};

Run startKiosk(const std::string &dataDir)
{
    int out[2];
    if (pipe(out) != 0)
        throw std::runtime_error("pipe");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    std::string binary = LINLI_KIOSK_BINARY;
    std::string dataArg = dataDir;
    char arg1[] = "--exit-after-first-frame", arg2[] = "--data-dir";
    char *argv[] = { binary.data(), arg1, arg2, dataArg.data(), nullptr };

    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (rc != 0) {
        close(out[0]);
        throw std::runtime_error("cannot start " + binary);
    }
    std::string seen;
    char buffer[256];
    while (seen.find("first-frame\n") == std::string::npos) {
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        seen.append(buffer, static_cast<size_t>(n));
    }
    const auto firstFrame = std::chrono::steady_clock::now();
    close(out[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    if (seen.find("first-frame\n") == std::string::npos || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error("linli-kiosk did not reach its first frame");
    return { std::chrono::duration<double>(firstFrame - start).count(), usage.ru_maxrss };
}

QTemporaryDir &dataDir()
{
    static QTemporaryDir dir;
    static bool prepared = false;
    if (!prepared) {
        startKiosk(dir.path().toStdString()); // first start loads the demo hall
        prepared = true;
    }
    return dir;
}

void BM_ColdStartToFirstFrame(benchmark::State &state)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    setenv("QT_QUICK_BACKEND", "software", 1);
    const std::string dir = dataDir().path().toStdString();
    long peakKb = 0;
    for (auto _ : state) {
        try {
            const Run run = startKiosk(dir);
            state.SetIterationTime(run.secondsToFirstFrame);
            peakKb = std::max(peakKb, run.peakRssKb);
        } catch (const std::exception &e) {
            state.SkipWithError(e.what());
            return;
        }
    }
    state.counters["peak_rss_mb"] = benchmark::Counter(static_cast<double>(peakKb) / 1024.0);
}

} // namespace

// Target on the 2-core reference machine: median <= 300 ms, peak RSS <= 120 MB.
BENCHMARK(BM_ColdStartToFirstFrame)
    ->UseManualTime()
    ->Iterations(1)
    ->Repetitions(7)
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
