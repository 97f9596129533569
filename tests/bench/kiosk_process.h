#pragma once

// linli-kiosk as a child process for the start-up benchmark: its environment, the time to its
// first frame, its PSS once the home screen is up, and an Xvfb display to run it on.
#include <map>
#include <string>
#include <vector>

class KioskEnvironment {
public:
    KioskEnvironment(); // this process's environment
    void set(const std::string &name, const std::string &value) { m_vars[name] = value; }
    void unset(const std::string &name) { m_vars.erase(name); }
    std::vector<std::string> entries() const; // NAME=value

private:
    std::map<std::string, std::string> m_vars;
};

struct FirstFrame {
    double seconds; // from spawn to "first-frame" on its stdout (--exit-after-first-frame)
    long peakRssKb;
};
FirstFrame startToFirstFrame(const std::string &dataDir, const KioskEnvironment &environment);

// Started as its unit would (NOTIFY_SOCKET), read at READY=1 plus a second to settle, then
// stopped with SIGTERM. Throws if READY=1 does not come within 30 s.
long pssAtHomeScreenKb(const std::string &dataDir, const KioskEnvironment &environment);

// Xvfb on a free display (-displayfd), 1080x1920 like the kiosk's screen; stopped when destroyed.
class Xvfb {
public:
    Xvfb();
    ~Xvfb();
    Xvfb(const Xvfb &) = delete;
    Xvfb &operator=(const Xvfb &) = delete;
    const std::string &display() const { return m_display; }

private:
    int m_pid = -1;
    std::string m_display;
};
