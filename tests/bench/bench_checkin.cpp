// The check-in role's speed: a camera frame (1280×720, a ticket's QR code turned 12° and a
// little soft) decoded by the decoder the camera uses (target <= 30 ms), and a scanner's burst
// of keys to the shown result through the screen's controller, the admission committed
// (target <= 150 ms).
#include "../unit/checkin/camera_frames.h"
#include "../unit/tickets/generated_tickets.h"
#include "checkin_backend.h"
#include "checkin_controller.h"
#include "core/clock.h"
#include "demo_hall.h"
#include "frame_decoder.h"
#include "information/hall.h"
#include "language_controller.h"
#include "latency.h"
#include "startup/kiosk_database.h"

#include <benchmark/benchmark.h>
#include <chrono>
#include <QCoreApplication>
#include <QTemporaryDir>

using namespace linli;
using namespace linli::tickets;
using Steady = std::chrono::steady_clock;

namespace {

template <typename F> void timed(benchmark::State &state, F &&run)
{
    std::vector<double> ms;
    for (auto _ : state) {
        const auto start = Steady::now();
        run();
        ms.push_back(std::chrono::duration<double, std::milli>(Steady::now() - start).count());
    }
    state.counters["p50_ms"] = bench::percentile(ms, 0.50);
    state.counters["p99_ms"] = bench::percentile(ms, 0.99);
    state.counters["max_ms"] = bench::percentile(ms, 1.0);
}

using bench::DemoHall;
using bench::demoHall;

void BM_CameraFrameDecode(benchmark::State &state)
{
    DemoHall &hall = demoHall();
    test::TicketGenerator generator(3, hall.hallTag, hall.opened.ticketKey->keyId());
    const QString text = test::signedText(generator.next(), *hall.opened.ticketKey);
    const QImage frame = checkin::test::cameraFrame(
        checkin::test::drawQr(text), { .scale = 0.8, .rotateDegrees = 12, .blurPasses = 1, .noise = 8 });
    int read = 0;
    timed(state, [&] { read += decodeQrFrame(frame) == text; });
    if (read != static_cast<int>(state.iterations()))
        state.SkipWithError("the frame did not decode");
}
BENCHMARK(BM_CameraFrameDecode)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_ScannerKeysToResult(benchmark::State &state)
{
    DemoHall &hall = demoHall();
    const SigningKey &key = *hall.opened.ticketKey;
    LanguageController language;
    KioskContext context;
    context.db = &*hall.opened.database;
    context.clock = &hall.clock;
    context.zone = QTimeZone("Asia/Shanghai");
    context.language = &language;
    context.ticketKey = &key;
    context.kioskId = QStringLiteral("demo-kiosk-01");
    CheckinBackend backend(context, QStringLiteral("room-dance"));
    CheckinController controller;
    controller.setCheckin(&backend);
    test::TicketGenerator generator(9, hall.hallTag, key.keyId());
    qint64 ms = 0;
    int admitted = 0;
    timed(state, [&] {
        state.PauseTiming();
        const Ticket t = generator.next();
        const QString text = test::signedText(t, key);
        hall.clock.set(QDateTime::fromSecsSinceEpoch(t.validFromUtc, Qt::UTC));
        controller.returnToScanning();
        state.ResumeTiming();
        for (const QChar ch : text)
            controller.handleKey(QString(ch), ms += 2);
        controller.handleKey(QStringLiteral("\r"), ms += 2);
        ms += 1000;
        admitted += controller.result() == CheckinController::Result::Admitted;
    });
    if (admitted != static_cast<int>(state.iterations()))
        state.SkipWithError("a fresh ticket was not admitted");
}
BENCHMARK(BM_ScannerKeysToResult)->Unit(benchmark::kMillisecond)->Iterations(300);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
