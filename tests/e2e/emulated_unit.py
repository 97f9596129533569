"""linli-kiosk.service's start and restart policy, for machines where systemd is not PID 1.

What it takes from the unit file: ExecStart (the command after cage's "--": there is no DRM
device here, so the kiosk runs offscreen instead of under the compositor), Type=notify (a
start is done at READY=1 on NOTIFY_SOCKET, or fails after TimeoutStartSec), Restart=always with
RestartSec (any exit, a kill -9 included, starts it again after that pause) and WatchdogSec
(WATCHDOG_USEC is passed; a start that stops pinging is killed with SIGABRT, systemd's default
WatchdogSignal, and restarted). Environment= lines are passed, QT_QPA_PLATFORM excepted.
"""
import os
import shlex
import signal
import socket
import subprocess
import time


def seconds(value):
    """systemd time spans as the unit uses them: 30, 30s, 500ms, 1min."""
    for suffix, scale in (("ms", 0.001), ("min", 60.0), ("s", 1.0)):
        if value.endswith(suffix):
            return float(value[: -len(suffix)]) * scale
    return float(value)


def read_unit(path):
    settings = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith(("#", ";", "[")) and "=" in line:
            key, value = line.split("=", 1)
            settings.setdefault(key, []).append(value)
    return settings


class EmulatedUnit:
    def __init__(self, unit_path, kiosk, config, data_dir, log_path):
        unit = read_unit(unit_path)
        self.type = unit["Type"][-1]
        self.restart = unit.get("Restart", ["no"])[-1]
        self.restart_sec = seconds(unit.get("RestartSec", ["0.1"])[-1])
        self.timeout_start = seconds(unit.get("TimeoutStartSec", ["90"])[-1])
        self.watchdog_sec = seconds(unit.get("WatchdogSec", ["0"])[-1])
        argv = shlex.split(unit["ExecStart"][-1])
        argv = argv[argv.index("--") + 1:] if "--" in argv else argv
        # The installed paths of the binary and its configuration, as given (a scratch root).
        self.argv = [kiosk] + [config if a == "/etc/linli/kiosk.ini" else a for a in argv[1:]]
        self.argv += ["--data-dir", data_dir]
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        for assignment in unit.get("Environment", []):
            for pair in shlex.split(assignment):
                key, value = pair.split("=", 1)
                if key != "QT_QPA_PLATFORM":
                    self.env[key] = value
        self.log_path = log_path
        self.notify_path = os.path.join(data_dir, "..", "notify.sock")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.notify_path)
        self.proc = None
        self.starts = 0
        self.last_ping = 0.0

    def _spawn(self, extra_env):
        env = dict(self.env, NOTIFY_SOCKET=self.notify_path, **extra_env)
        if self.watchdog_sec > 0:
            env["WATCHDOG_USEC"] = str(int(self.watchdog_sec * 1e6))
        self.starts += 1
        log = open(f"{self.log_path}.{self.starts}", "w")
        self.proc = subprocess.Popen(self.argv, env=env, stdout=log, stderr=subprocess.STDOUT)

    def _messages(self, until):
        while True:
            left = until - time.monotonic()
            if left <= 0:
                return
            self.sock.settimeout(left)
            try:
                text = self.sock.recv(4096).decode()
            except socket.timeout:
                return
            yield time.monotonic(), text.split("\n")

    def start(self, extra_env=None):
        """Starts the service; returns the monotonic time of READY=1, or raises."""
        self._spawn(extra_env or {})
        deadline = time.monotonic() + self.timeout_start
        while time.monotonic() < deadline:
            for at, lines in self._messages(min(deadline, time.monotonic() + 0.2)):
                if "READY=1" in lines:
                    self.last_ping = at
                    return at
            if self.proc.poll() is not None:
                raise RuntimeError(f"start {self.starts} exited ({self.proc.returncode}) before READY=1")
        self.proc.kill()
        raise RuntimeError(f"start {self.starts}: no READY=1 within TimeoutStartSec={self.timeout_start:g}")

    def supervise(self, until, restarts=None):
        """Runs the restart policy until `until` (or that many restarts are up); returns the
        READY=1 times of the restarts."""
        readies = []
        while time.monotonic() < until and (restarts is None or len(readies) < restarts):
            for at, lines in self._messages(min(until, time.monotonic() + 0.1)):
                if "WATCHDOG=1" in lines:
                    self.last_ping = at
            if self.watchdog_sec > 0 and time.monotonic() - self.last_ping > self.watchdog_sec:
                self.proc.send_signal(signal.SIGABRT)
                self.proc.wait()
            if self.proc.poll() is not None:
                if self.restart != "always":
                    return readies
                time.sleep(self.restart_sec)
                readies.append(self.start())
        return readies

    def log(self, start):
        return open(f"{self.log_path}.{start}", encoding="utf-8", errors="replace").read()

    def stop(self):
        """systemctl stop: SIGTERM, then the exit status."""
        self.proc.terminate()
        try:
            return self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()
