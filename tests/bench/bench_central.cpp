// linli-central under load: a real `linli-central serve` on loopback, 1,000 enrolled kiosks, and
// this load generator sending their idle syncs (signed, nothing to push, nothing new to pull)
// on one connection per kiosk. OpenLoop/2000 sends 2,000 syncs/s on schedule whatever the
// answers do and measures each latency from its scheduled time (no coordinated omission): the
// issue's target is >= 2,000/s with p99 <= 50 ms on 2 cores. ClosedLoop/N keeps N requests in
// flight: the most the server sustains. The generator shares the machine with the server.
#include "latency.h"
#include "linli/v1/sync.pb.h"
#include "store/sqlite_central_store.h"
#include "wire/wire.h"

#include <benchmark/benchmark.h>
#include <deque>
#include <memory>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

namespace {

using namespace linli;

constexpr int kKiosks = 1000;
// The issue's target for idle syncs (OpenLoop): this rate sustained, with this p99.
constexpr double kTargetSyncsPerSecond = 2000;
constexpr double kTargetP99Ms = 50;
const QString kHall = QStringLiteral("hall-changzhengqiao");

struct SimKiosk {
    QString id;
    QByteArray secret;
    QTcpSocket *socket = nullptr;
    QByteArray in;
    std::deque<qint64> due; // scheduled send times (ns) of requests not answered yet
    bool busy = false;
};

// The server and its kiosks, set up once for every benchmark.
class LoadRig {
public:
    LoadRig()
    {
        const QString db = m_dir.filePath(QStringLiteral("central.db"));
        QProcess::execute(QStringLiteral(LINLI_CENTRAL_BINARY),
            { QStringLiteral("import"), QStringLiteral(LINLI_DEMO_DIR), QStringLiteral("--db"), db });
        {
            central::SqliteCentralStore store(db);
            store.begin(central::Durability::Durable);
            for (int i = 0; i < kKiosks; ++i) {
                central::KioskRow k;
                k.id = QStringLiteral("bench-kiosk-%1").arg(i, 4, 10, QLatin1Char('0'));
                k.hallId = kHall;
                k.secret = QByteArray(wire::kSecretBytes, static_cast<char>(i % 251));
                k.ticketPublicKey = QByteArray(32, '\x01');
                k.enrolledAtMs = QDateTime::currentMSecsSinceEpoch();
                store.addKiosk(k);
                SimKiosk sim;
                sim.id = k.id;
                sim.secret = k.secret;
                m_kiosks.push_back(std::move(sim));
            }
            store.commit();
        }
        m_server.setStandardErrorFile(m_dir.filePath(QStringLiteral("serve.log")));
        m_server.start(QStringLiteral(LINLI_CENTRAL_BINARY),
            { QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--db"), db });
        while (!m_server.canReadLine() && m_server.waitForReadyRead(10000)) { }
        const QByteArray line = m_server.readLine().trimmed();
        m_port = static_cast<quint16>(line.mid(line.lastIndexOf(':') + 1).toUInt());
        for (SimKiosk &k : m_kiosks) {
            k.socket = new QTcpSocket();
            k.socket->connectToHost(QStringLiteral("127.0.0.1"), m_port);
            k.socket->waitForConnected(5000);
            QObject::connect(k.socket, &QTcpSocket::readyRead, [this, &k] { onReadable(k); });
        }
        // Warm up: every kiosk's first sync works out its shares (a durable commit).
        runClosedLoop(50, kKiosks);
    }

    ~LoadRig()
    {
        for (SimKiosk &k : m_kiosks)
            delete k.socket;
        m_server.terminate();
        m_server.waitForFinished(5000);
    }

    bool ok() const { return m_port != 0; }
    std::vector<double> &latenciesMs() { return m_latenciesMs; }
    qsizetype requestBytes() const { return m_requestBytes; }
    qsizetype responseBytes() const { return m_responseBytes; }
    int failures() const { return m_failures; }

    // Keeps `inFlight` requests outstanding until `total` are answered; returns seconds taken.
    double runClosedLoop(int inFlight, int total)
    {
        reset();
        m_clock.start();
        const int first = std::min(inFlight, total);
        m_closedLoopToSend = total - first;
        for (int i = 0; i < first; ++i)
            schedule(nextKiosk(), m_clock.nsecsElapsed());
        while (m_answered < total)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        return static_cast<double>(m_clock.nsecsElapsed()) / 1e9;
    }

    // Sends `perSecond` syncs/s on schedule for `seconds`, round robin over the kiosks.
    double runOpenLoop(int perSecond, double seconds)
    {
        reset();
        m_closedLoopToSend = 0;
        const int total = static_cast<int>(perSecond * seconds);
        const qint64 step = 1'000'000'000LL / perSecond;
        m_clock.start();
        int sent = 0;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            const qint64 now = m_clock.nsecsElapsed();
            while (sent < total && static_cast<qint64>(sent) * step <= now) {
                schedule(m_kiosks[static_cast<size_t>(sent % kKiosks)], static_cast<qint64>(sent) * step);
                ++sent;
            }
        });
        ticker.start(1);
        while (m_answered < total && m_clock.nsecsElapsed() < static_cast<qint64>((seconds + 10) * 1e9))
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        return static_cast<double>(m_clock.nsecsElapsed()) / 1e9;
    }

    int answered() const { return m_answered; }

    // One kiosk pushes `count` events (sign-ups, each taking a seat, and audit events) in requests
    // of 500, as its outbox would after a long time offline; returns the seconds until all are
    // answered, or -1 on a failure.
    double push(int count)
    {
        SimKiosk &k = m_kiosks[static_cast<size_t>(m_pushes++ % kKiosks)];
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        socket.waitForConnected(5000);
        QElapsedTimer timer;
        timer.start();
        for (int sent = 0; sent < count;) {
            v1::SyncRequest r;
            r.set_schema_version(wire::kSchemaVersion);
            r.set_kiosk_id(k.id.toStdString());
            r.set_cursor(1ULL << 40);
            for (int i = 0; i < wire::kMaxEventsPerRequest && sent < count; ++i, ++sent) {
                v1::OutboxEvent *e = r.add_events();
                e->set_event_id(QStringLiteral("%1-%2-%3").arg(k.id).arg(m_pushes).arg(sent).toStdString());
                e->set_seq(static_cast<quint64>(sent + 1));
                e->set_occurred_at_ms(QDateTime::currentMSecsSinceEpoch());
                const bool seat = sent % 2 == 0;
                e->set_kind(seat ? "event.signed_up" : "booking.checked_in");
                e->set_payload(seat
                        ? QStringLiteral(R"({"signup_id": "%1", "event_id": "evt-talk-anti-fraud"})")
                              .arg(QString::fromStdString(e->event_id()))
                              .toStdString()
                        : std::string(R"({"booking_id": "b", "room_id": "room-multi-hall"})"));
            }
            const std::string bytes = r.SerializeAsString();
            const QByteArray body(bytes.data(), static_cast<qsizetype>(bytes.size()));
            const qint64 time = QDateTime::currentMSecsSinceEpoch();
            const QByteArray nonce = wire::newNonce();
            socket.write("POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\nX-Linli-Kiosk: " + k.id.toUtf8()
                + "\r\nX-Linli-Time: " + QByteArray::number(time) + "\r\nX-Linli-Nonce: " + nonce
                + "\r\nX-Linli-Signature: "
                + wire::requestSignature(k.secret, "POST", "/v1/sync", time, nonce, body) + "\r\n\r\n"
                + body);
            QByteArray in;
            while (!in.contains("\r\n\r\n") || in.size() < in.indexOf("\r\n\r\n") + 4 + contentLength(in)) {
                if (!socket.waitForReadyRead(10000))
                    return -1;
                in += socket.readAll();
            }
            if (!in.startsWith("HTTP/1.1 200"))
                return -1;
        }
        return static_cast<double>(timer.nsecsElapsed()) / 1e9;
    }

private:
    static qsizetype contentLength(const QByteArray &in)
    {
        const qsizetype at = in.indexOf("Content-Length: ");
        return at < 0 ? 0 : in.mid(at + 16, in.indexOf('\r', at) - at - 16).toLongLong();
    }

    void reset()
    {
        m_latenciesMs.clear();
        m_answered = 0;
        m_failures = 0;
    }

    SimKiosk &nextKiosk() { return m_kiosks[static_cast<size_t>(m_next++ % kKiosks)]; }

    void schedule(SimKiosk &k, qint64 dueNs)
    {
        k.due.push_back(dueNs);
        if (!k.busy)
            sendNext(k);
    }

    void sendNext(SimKiosk &k)
    {
        k.busy = true;
        v1::SyncRequest r;
        r.set_schema_version(wire::kSchemaVersion);
        r.set_kiosk_id(k.id.toStdString());
        r.set_cursor(1ULL << 40); // has everything
        v1::KioskHealth *h = r.mutable_health();
        h->set_software_version("0.1.0");
        h->set_local_time_ms(QDateTime::currentMSecsSinceEpoch());
        h->set_disk_free_bytes(12'000'000'000ULL);
        const std::string bytes = r.SerializeAsString();
        const QByteArray body(bytes.data(), static_cast<qsizetype>(bytes.size()));
        const qint64 time = QDateTime::currentMSecsSinceEpoch();
        const QByteArray nonce = wire::newNonce();
        m_requestBytes = body.size();
        k.socket->write(
            "POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-protobuf\r\n"
            "Content-Length: "
            + QByteArray::number(body.size()) + "\r\nX-Linli-Kiosk: " + k.id.toUtf8() + "\r\nX-Linli-Time: "
            + QByteArray::number(time) + "\r\nX-Linli-Nonce: " + nonce + "\r\nX-Linli-Signature: "
            + wire::requestSignature(k.secret, "POST", "/v1/sync", time, nonce, body) + "\r\n\r\n" + body);
    }

    void onReadable(SimKiosk &k)
    {
        k.in += k.socket->readAll();
        for (;;) {
            const qsizetype end = k.in.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype at = k.in.indexOf("Content-Length: ");
            const qsizetype length = k.in.mid(at + 16, k.in.indexOf('\r', at) - at - 16).toLongLong();
            if (k.in.size() < end + 4 + length)
                return;
            if (!k.in.startsWith("HTTP/1.1 200"))
                ++m_failures;
            m_responseBytes = length;
            k.in.remove(0, end + 4 + length);
            m_latenciesMs.push_back(static_cast<double>(m_clock.nsecsElapsed() - k.due.front()) / 1e6);
            k.due.pop_front();
            ++m_answered;
            k.busy = false;
            if (!k.due.empty())
                sendNext(k);
            if (m_closedLoopToSend > 0) {
                --m_closedLoopToSend;
                schedule(nextKiosk(), m_clock.nsecsElapsed());
            }
        }
    }

    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
    std::vector<SimKiosk> m_kiosks;
    QElapsedTimer m_clock;
    std::vector<double> m_latenciesMs;
    int m_answered = 0, m_failures = 0, m_closedLoopToSend = 0;
    quint64 m_next = 0;
    int m_pushes = 0;
    qsizetype m_requestBytes = 0, m_responseBytes = 0;
};

// Made on first use, gone before QCoreApplication (its sockets and process need it).
std::unique_ptr<LoadRig> theRig;

LoadRig &rig()
{
    if (!theRig)
        theRig = std::make_unique<LoadRig>();
    return *theRig;
}

void report(benchmark::State &state, LoadRig &r, double seconds)
{
    state.counters["syncs_per_s"] = r.answered() / seconds;
    state.counters["p50_ms"] = bench::percentile(r.latenciesMs(), 0.50);
    state.counters["p99_ms"] = bench::percentile(r.latenciesMs(), 0.99);
    state.counters["max_ms"] = bench::percentile(r.latenciesMs(), 1.0);
    state.counters["request_body_bytes"] = static_cast<double>(r.requestBytes());
    state.counters["response_body_bytes"] = static_cast<double>(r.responseBytes());
    state.counters["failures"] = r.failures();
}

// In the JSON: "meets_target" 1 or 0, and a label saying which part missed. The rate is the
// answered syncs over the run's seconds: an answer late past the schedule lowers it.
void verdict(benchmark::State &state)
{
    const double rate = state.counters["syncs_per_s"];
    const double p99 = state.counters["p99_ms"];
    const double failures = state.counters["failures"];
    const bool fastEnough = rate >= kTargetSyncsPerSecond * 0.99; // the schedule's last tick
    const bool quickEnough = p99 <= kTargetP99Ms;
    const bool pass = fastEnough && quickEnough && failures == 0;
    state.counters["meets_target"] = pass ? 1 : 0;
    state.counters["target_syncs_per_s"] = kTargetSyncsPerSecond;
    state.counters["target_p99_ms"] = kTargetP99Ms;
    QStringList missed;
    if (!fastEnough)
        missed << QStringLiteral("%1 syncs/s < %2").arg(rate, 0, 'f', 0).arg(kTargetSyncsPerSecond);
    if (!quickEnough)
        missed << QStringLiteral("p99 %1 ms > %2 ms").arg(p99, 0, 'f', 1).arg(kTargetP99Ms);
    if (failures > 0)
        missed << QStringLiteral("%1 failed").arg(failures);
    state.SetLabel(pass ? "pass" : ("FAIL: " + missed.join(QStringLiteral(", "))).toStdString());
}

void BM_IdleSyncsOpenLoop(benchmark::State &state)
{
    LoadRig &r = rig();
    if (!r.ok()) {
        state.SkipWithError("linli-central did not start");
        return;
    }
    double seconds = 0;
    for (auto _ : state)
        seconds = r.runOpenLoop(static_cast<int>(state.range(0)), 5.0);
    report(state, r, seconds);
    verdict(state);
}
BENCHMARK(BM_IdleSyncsOpenLoop)->Arg(2000)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_IdleSyncsClosedLoop(benchmark::State &state)
{
    LoadRig &r = rig();
    if (!r.ok()) {
        state.SkipWithError("linli-central did not start");
        return;
    }
    double seconds = 0;
    for (auto _ : state)
        seconds = r.runClosedLoop(static_cast<int>(state.range(0)), 10000);
    report(state, r, seconds);
}
BENCHMARK(BM_IdleSyncsClosedLoop)->Arg(32)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// The issue's target: 1,000 queued events pushed in <= 1 s (two requests of 500, each applied
// once in one durable transaction).
void BM_Push1000Events(benchmark::State &state)
{
    LoadRig &r = rig();
    std::vector<double> seconds;
    for (auto _ : state) {
        const double s = r.push(1000);
        if (s < 0) {
            state.SkipWithError("a push failed");
            return;
        }
        seconds.push_back(s);
        state.SetIterationTime(s);
    }
    state.counters["p50_ms"] = bench::percentile(seconds, 0.5) * 1000;
    state.counters["max_ms"] = bench::percentile(seconds, 1.0) * 1000;
}
BENCHMARK(BM_Push1000Events)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    theRig.reset();
    return 0;
}
