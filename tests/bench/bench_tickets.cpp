// Tickets: sign + encode + QR matrix (target <= 1 ms), verify (target <= 200 us), and for the
// record the parts and the checks against storage. Each benchmark reports p50/p99/max in
// microseconds over tickets generated across every kind and field range.
#include "../unit/tickets/generated_tickets.h"
#include "core/clock.h"
#include "demo_hall.h"
#include "information/hall.h"
#include "startup/kiosk_database.h"
#include "tickets/ticket_office.h"
#include "tickets/ticket_qr.h"
#include "tickets/verification.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <memory>
#include <QCoreApplication>
#include <QTemporaryDir>

namespace {

using namespace linli;
using namespace linli::tickets;
using Steady = std::chrono::steady_clock;

constexpr int kPool = 4096;

const SigningKey &benchKey()
{
    static const SigningKey key = SigningKey::fromSeed(QByteArray(32, '\x11'));
    return key;
}

std::vector<Ticket> pool(quint32 hall, quint32 keyId)
{
    test::TicketGenerator generator(7, hall, keyId);
    std::vector<Ticket> tickets;
    for (int i = 0; i < kPool; ++i)
        tickets.push_back(generator.next());
    return tickets;
}

// Times each call of `run` and reports the percentiles in microseconds.
template <typename F> void timed(benchmark::State &state, F &&run)
{
    std::vector<double> us;
    std::size_t i = 0;
    for (auto _ : state) {
        const auto start = Steady::now();
        run(i++);
        us.push_back(std::chrono::duration<double, std::micro>(Steady::now() - start).count());
    }
    std::sort(us.begin(), us.end());
    auto at = [&](double p) {
        return us[std::min(us.size() - 1, static_cast<std::size_t>(p * double(us.size())))];
    };
    state.counters["p50_us"] = at(0.50);
    state.counters["p99_us"] = at(0.99);
    state.counters["max_us"] = us.back();
}

void BM_SignEncodeQr(benchmark::State &state)
{
    const auto tickets = pool(1, benchKey().keyId());
    timed(state, [&](std::size_t i) {
        const QString text = test::signedText(tickets[i % kPool], benchKey());
        const auto qr = qrMatrix(text);
        benchmark::DoNotOptimize(qr->size);
    });
}
BENCHMARK(BM_SignEncodeQr)->Unit(benchmark::kMicrosecond)->MinTime(2.0);

void BM_SignEncode(benchmark::State &state)
{
    const auto tickets = pool(1, benchKey().keyId());
    timed(state,
        [&](std::size_t i) { benchmark::DoNotOptimize(test::signedText(tickets[i % kPool], benchKey())); });
}
BENCHMARK(BM_SignEncode)->Unit(benchmark::kMicrosecond);

void BM_QrMatrix(benchmark::State &state)
{
    std::vector<QString> texts;
    for (const Ticket &t : pool(1, benchKey().keyId()))
        texts.push_back(test::signedText(t, benchKey()));
    timed(state, [&](std::size_t i) { benchmark::DoNotOptimize(qrMatrix(texts[i % kPool])->size); });
}
BENCHMARK(BM_QrMatrix)->Unit(benchmark::kMicrosecond);

// Text -> bytes -> body -> hall, key and signature -> clock and window: all a check needs
// without storage.
void BM_Verify(benchmark::State &state)
{
    const auto tickets = pool(1, benchKey().keyId());
    std::vector<QString> texts;
    for (const Ticket &t : tickets)
        texts.push_back(test::signedText(t, benchKey()));
    VerifyContext context;
    context.hall = 1;
    context.publicKeyOf = [](quint32 id) {
        return id == benchKey().keyId() ? std::optional<QByteArray>(benchKey().publicKey()) : std::nullopt;
    };
    int accepted = 0;
    timed(state, [&](std::size_t i) {
        context.nowUtc = tickets[i % kPool].validFromUtc;
        accepted += verifyTicketText(texts[i % kPool], context).status == TicketStatus::Accepted;
    });
    if (accepted != static_cast<int>(state.iterations()))
        state.SkipWithError("a generated ticket did not verify");
}
BENCHMARK(BM_Verify)->Unit(benchmark::kMicrosecond)->MinTime(2.0);

using bench::DemoHall;
using bench::demoHall;

// inspect(): verify plus this hall's key registry, revocations and admissions from SQLite,
// nothing written.
void BM_InspectWithStorage(benchmark::State &state)
{
    DemoHall &hall = demoHall();
    const SigningKey &key = *hall.opened.ticketKey;
    TicketOffice office(*hall.opened.database, hall.clock, key, QStringLiteral("demo-kiosk-01"));
    const auto tickets = pool(hall.hallTag, key.keyId());
    std::vector<QString> texts;
    for (const Ticket &t : tickets)
        texts.push_back(test::signedText(t, key));
    timed(state, [&](std::size_t i) {
        hall.clock.set(QDateTime::fromSecsSinceEpoch(tickets[i % kPool].validFromUtc, Qt::UTC));
        benchmark::DoNotOptimize(office.inspect(texts[i % kPool]).status);
    });
}
BENCHMARK(BM_InspectWithStorage)->Unit(benchmark::kMicrosecond);

// checkIn() of fresh tickets: the checks and the admission committed (one fsync).
void BM_CheckInAdmits(benchmark::State &state)
{
    DemoHall &hall = demoHall();
    const SigningKey &key = *hall.opened.ticketKey;
    TicketOffice office(*hall.opened.database, hall.clock, key, QStringLiteral("demo-kiosk-01"));
    test::TicketGenerator generator(8, hall.hallTag, key.keyId());
    const CheckInPoint door{ QStringLiteral("room-dance"),
        { QStringLiteral("舞蹈室"), QStringLiteral("Dance Room") } };
    int accepted = 0;
    timed(state, [&](std::size_t) {
        state.PauseTiming();
        const Ticket t = generator.next();
        const QString text = test::signedText(t, key);
        hall.clock.set(QDateTime::fromSecsSinceEpoch(t.validFromUtc, Qt::UTC));
        state.ResumeTiming();
        accepted += office.checkIn(text, door).accepted();
    });
    if (accepted != static_cast<int>(state.iterations()))
        state.SkipWithError("a fresh ticket was not admitted");
}
BENCHMARK(BM_CheckInAdmits)->Unit(benchmark::kMicrosecond)->Iterations(500);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
