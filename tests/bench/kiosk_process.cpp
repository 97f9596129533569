#include "kiosk_process.h"

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

namespace {

using Clock = std::chrono::steady_clock;

// The child's stderr goes to errorLog (or nowhere), so a failed start can say why.
pid_t spawn(std::vector<std::string> args, const KioskEnvironment &environment, int stdoutFd,
    const std::string &errorLog = "/dev/null")
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (stdoutFd >= 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutFd, STDOUT_FILENO);
    else
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(
        &actions, STDERR_FILENO, errorLog.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<char *> argv, envp;
    for (std::string &arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    std::vector<std::string> entries = environment.entries();
    for (std::string &entry : entries)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, args[0].c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        throw std::runtime_error("cannot start " + args[0]);
    return pid;
}

long pssKb(pid_t pid)
{
    std::ifstream rollup("/proc/" + std::to_string(pid) + "/smaps_rollup");
    std::string key;
    long kb = 0;
    while (rollup >> key) {
        if (key == "Pss:" && rollup >> kb)
            return kb;
        rollup.ignore(1 << 12, '\n');
    }
    throw std::runtime_error("no Pss in /proc/" + std::to_string(pid) + "/smaps_rollup");
}

// The last lines the kiosk wrote to stderr, for the benchmark's error message.
std::string tailOf(const std::string &path)
{
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    std::string out;
    for (size_t i = lines.size() > 3 ? lines.size() - 3 : 0; i < lines.size(); ++i)
        out += " | " + lines[i];
    return out;
}

// The running Xvfb, for the signal handler: an interrupted benchmark leaves no X server behind.
volatile sig_atomic_t runningXvfb = 0;

void stopXvfbAndDie(int signal)
{
    if (runningXvfb > 0)
        kill(static_cast<pid_t>(runningXvfb), SIGTERM);
    std::signal(signal, SIG_DFL);
    raise(signal);
}

} // namespace

KioskEnvironment::KioskEnvironment()
{
    for (char **entry = environ; *entry; ++entry) {
        const std::string text = *entry;
        const auto equals = text.find('=');
        if (equals != std::string::npos)
            m_vars[text.substr(0, equals)] = text.substr(equals + 1);
    }
}

std::vector<std::string> KioskEnvironment::entries() const
{
    std::vector<std::string> out;
    for (const auto &[name, value] : m_vars)
        out.push_back(name + "=" + value);
    return out;
}

FirstFrame startToFirstFrame(const std::string &dataDir, const KioskEnvironment &environment)
{
    int out[2];
    if (pipe2(out, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe");
    const std::string errorLog = dataDir + "/bench-kiosk-stderr.log";
    const auto start = Clock::now();
    const pid_t pid = spawn({ LINLI_KIOSK_BINARY, "--exit-after-first-frame", "--data-dir", dataDir },
        environment, out[1], errorLog);
    close(out[1]);
    std::string seen;
    char buffer[256];
    // A kiosk that hangs before its screen exists (its own 30 s limit starts with the screen)
    // must not hang the benchmark: a minute, then it is killed and the run fails.
    const auto deadline = start + std::chrono::seconds(60);
    const auto readSome = [&]() -> ssize_t {
        pollfd waiting{ out[0], POLLIN, 0 };
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0 || poll(&waiting, 1, static_cast<int>(left.count())) <= 0) {
            kill(pid, SIGKILL);
            return -1;
        }
        return read(out[0], buffer, sizeof buffer);
    };
    while (seen.find("first-frame\n") == std::string::npos) {
        const ssize_t n = readSome();
        if (n <= 0)
            break;
        seen.append(buffer, static_cast<size_t>(n));
    }
    const auto firstFrame = Clock::now();
    // Read on to the end: a closed pipe would kill the kiosk with SIGPIPE as it exits.
    while (readSome() > 0) { }
    close(out[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    if (seen.find("first-frame\n") == std::string::npos || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error("linli-kiosk did not reach its first frame (exit status "
            + std::to_string(status) + ")" + tailOf(errorLog));
    return { std::chrono::duration<double>(firstFrame - start).count(), usage.ru_maxrss };
}

long pssAtHomeScreenKb(const std::string &dataDir, const KioskEnvironment &environment)
{
    const int sock = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const std::string path = dataDir + "/bench-notify.sock";
    unlink(path.c_str());
    path.copy(address.sun_path, sizeof address.sun_path - 1);
    if (sock < 0 || bind(sock, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        throw std::runtime_error("cannot bind " + path);
    KioskEnvironment notified = environment;
    notified.set("NOTIFY_SOCKET", path);
    const std::string errorLog = dataDir + "/bench-kiosk-stderr.log";
    const pid_t pid = spawn({ LINLI_KIOSK_BINARY, "--data-dir", dataDir }, notified, -1, errorLog);
    bool ready = false;
    const auto deadline = Clock::now() + std::chrono::seconds(30);
    while (!ready && Clock::now() < deadline) {
        pollfd fd{ sock, POLLIN, 0 };
        if (poll(&fd, 1, 200) == 1) {
            char message[512] = {};
            const ssize_t n = recv(sock, message, sizeof message - 1, 0);
            ready = n > 0
                && ("\n" + std::string(message, static_cast<size_t>(n)) + "\n").find("\nREADY=1\n")
                    != std::string::npos;
        }
    }
    close(sock);
    unlink(path.c_str());
    long kb = -1;
    if (ready) {
        std::this_thread::sleep_for(std::chrono::seconds(1)); // the frame drawn, start-up work done
        kb = pssKb(pid);
    }
    kill(pid, SIGTERM);
    waitpid(pid, nullptr, 0);
    if (!ready)
        throw std::runtime_error("linli-kiosk sent no READY=1 within 30 s" + tailOf(errorLog));
    return kb;
}

Xvfb::Xvfb()
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe");
    const std::string displayFd = std::to_string(fds[1]);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], fds[1]); // clears O_CLOEXEC in the child
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    std::vector<std::string> args
        = { "Xvfb", "-displayfd", displayFd, "-screen", "0", "1080x1920x24", "-nolisten", "tcp" };
    std::vector<char *> argv;
    for (std::string &arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, "Xvfb", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    if (rc != 0) {
        close(fds[0]);
        throw std::runtime_error("Xvfb is missing (deploy/kiosk.sh installs it)");
    }
    m_pid = pid;
    runningXvfb = pid;
    for (const int signal : { SIGINT, SIGTERM, SIGHUP, SIGABRT, SIGSEGV })
        std::signal(signal, stopXvfbAndDie);
    std::string number;
    char c = 0;
    pollfd fd{ fds[0], POLLIN, 0 };
    while (poll(&fd, 1, 20000) == 1 && read(fds[0], &c, 1) == 1 && c != '\n')
        number += c;
    close(fds[0]);
    if (number.empty()) {
        runningXvfb = 0;
        kill(m_pid, SIGTERM);
        waitpid(m_pid, nullptr, 0);
        throw std::runtime_error("Xvfb did not start");
    }
    m_display = ":" + number;
}

Xvfb::~Xvfb()
{
    runningXvfb = 0;
    kill(m_pid, SIGTERM);
    waitpid(m_pid, nullptr, 0);
}
