// The canteen's targets (issue 10), on a real file (WAL, synchronous=FULL) loaded from
// tests/data/content/canteen_40_dishes through the kiosk's own content loader:
// - BM_OrderCommit: one meal order (servings, order, voucher debit, outbox row in one
//   BEGIN IMMEDIATE transaction), p99 <= 5 ms and exactly one fsync per order. Syncs are
//   counted by the VFS shim on the committing thread. /0 is the hall as it runs (the kiosk's
//   WAL checkpointer, checkpointing in quiet moments; the benchmark waits for it, untimed);
//   /1 checkpoints alongside the orders with no quiet time.
// - BM_OrderCancel: a cancellation that returns the servings and refunds the voucher part
//   (ledger row and two outbox rows), same measures.
// - BM_PriceOrder: canteen::priceOrder alone (age tier, tag prices, once per period, monthly
//   ceiling, delivery fee, vouchers), <= 50 us per order.
// - BM_QuoteOrder: CanteenOrders::quote, the breakdown the dish screen shows: every check and
//   every read pricing needs (offer, rules, resident, standing orders, vouchers) plus
//   priceOrder, in one read transaction, <= 50 us on average. (Not at p99: on the 2-core VM,
//   even with the machine idle, up to about 1 % of samples take 70-200 us, the thread put
//   aside mid-quote at regular intervals, so p99 lands on either side of the line from run to
//   run; p50, p99 and max are reported beside the mean.)
// Each reports meets_target (1 or 0) next to its figures; timings never fail the run.
#include "canteen/canteen_orders.h"
#include "canteen/vouchers.h"
#include "core/clock.h"
#include "information/hall.h"
#include "latency.h"
#include "startup/kiosk_database.h"
#include "storage/wal_checkpointer.h"
#include "support/fsync_counting_vfs.h"

#include <benchmark/benchmark.h>
#include <chrono>
#include <QDir>
#include <QTemporaryDir>

using namespace linli;
using namespace linli::canteen;
using bench::percentile;

namespace {

// 10:00 in Shanghai: tomorrow's (2026-11-23) lunch and dinner and the day after's lunch are open.
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-22T02:00:00Z"), Qt::ISODate);
const QDate kTomorrow(2026, 11, 23);
const QStringList kResidents{ "res-b1", "res-b2", "res-b3" }; // born 1938 独居, 1955 低保, 1963

struct Canteen {
    QTemporaryDir dir{ QDir::current().filePath(QStringLiteral("bench-canteen-XXXXXX")) }; // not tmpfs
    ManualClock clock{ kNow };
    std::optional<storage::Database> db;
    QTimeZone zone;

    Canteen()
    {
        startup::DatabaseSetup setup;
        setup.dataDir = dir.path();
        setup.contentDir = QStringLiteral(LINLI_CANTEEN_CONTENT_DIR);
        setup.pinCost = residents::PinCost::Cheap;
        auto opened = startup::openKioskDatabase(setup, kNow);
        if (!opened.ok())
            throw std::runtime_error(opened.outOfServiceReason.en.toStdString());
        db.emplace(std::move(*opened.database));
        zone = information::loadHall(*db)->timeZone;
        // Enough vouchers that every order in a run pays a part with them (a ledger row each).
        Vouchers vouchers(*db, clock);
        for (const QString &r : kResidents)
            vouchers.grant(r, 1000000, { QStringLiteral("测试"), QStringLiteral("Benchmark") });
    }

    CanteenOrders orders() { return CanteenOrders(*db, clock, HallTime(zone)); }

    // Every open offer of the fixture's menus, tomorrow's 40-dish lunch first.
    std::vector<MenuOffer> openOffers()
    {
        std::vector<MenuOffer> out;
        for (const auto &[day, period] : { std::pair{ kTomorrow, MealPeriod::Lunch },
                 { kTomorrow, MealPeriod::Dinner }, { kTomorrow.addDays(1), MealPeriod::Lunch } })
            for (MenuOffer &o : menuFor(*db, day, period))
                if (!o.soldOut())
                    out.push_back(std::move(o));
        return out;
    }
};

// The n-th order of a run: residents in turn over the open offers, delivery where the offer
// has it (res-b1 is eligible, 80+ and living alone), vouchers as far as the balance goes.
OrderRequest nthOrder(const std::vector<MenuOffer> &offers, size_t n)
{
    OrderRequest r;
    r.residentId = kResidents[static_cast<qsizetype>(n % 3)];
    const MenuOffer &o = offers[(n / 3) % offers.size()];
    r.offerId = o.id;
    r.delivery = o.delivery && r.residentId == u"res-b1";
    r.vouchers = VoucherUse::UpToBalance;
    r.seenUnitPriceFen = o.priceFen;
    return r;
}

struct SyncedTimings {
    std::vector<double> ms;
    std::uint64_t syncs = 0, oneSync = 0;

    void add(double secs, std::uint64_t syncCount)
    {
        ms.push_back(secs * 1000);
        syncs += syncCount;
        oneSync += syncCount == 1;
    }
    void report(benchmark::State &state, const storage::WalCheckpointer &checkpointer) const
    {
        const double n = static_cast<double>(ms.size());
        const double p99 = percentile(ms, 0.99);
        state.counters["p50_ms"] = percentile(ms, 0.50);
        state.counters["p99_ms"] = p99;
        state.counters["max_ms"] = percentile(ms, 1.0);
        state.counters["fsyncs_per_commit"] = ms.empty() ? 0 : static_cast<double>(syncs) / n;
        state.counters["commits_with_1_fsync_pct"]
            = ms.empty() ? 0 : 100.0 * static_cast<double>(oneSync) / n;
        state.counters["checkpoints"] = checkpointer.stats().checkpoints;
        state.counters["target_p99_ms"] = 5;
        // Met when p99 <= 5 ms and every commit cost exactly one fsync.
        state.counters["meets_target"] = !ms.empty() && p99 <= 5.0 && oneSync == ms.size() ? 1.0 : 0.0;
    }
};

storage::CheckpointPolicy policyFor(const benchmark::State &state)
{
    storage::CheckpointPolicy policy;
    if (state.range(0) == 1)
        policy.quiet = std::chrono::milliseconds(0);
    return policy;
}

void BM_OrderCommit(benchmark::State &state)
{
    test::installFsyncCountingVfs();
    Canteen canteen;
    storage::WalCheckpointer checkpointer(*canteen.db, policyFor(state));
    if (!checkpointer.isActive()) {
        state.SkipWithError("the WAL checkpointer could not start");
        return;
    }
    const bool alongside = state.range(0) == 1;
    CanteenOrders orders = canteen.orders();
    const std::vector<MenuOffer> offers = canteen.openOffers();
    SyncedTimings timings;
    size_t n = 0;
    for (auto _ : state) {
        const OrderRequest request = nthOrder(offers, n++);
        if (!alongside)
            checkpointer.waitUntilCaughtUp(); // outside the timed commit (manual time)
        const std::uint64_t before = test::syncCountOnThisThread();
        const auto t0 = std::chrono::steady_clock::now();
        const Result<MealOrder> placed = orders.order(request);
        const auto t1 = std::chrono::steady_clock::now();
        if (!placed.ok) {
            state.SkipWithError(placed.reason.en.toStdString().c_str());
            break;
        }
        const double secs = std::chrono::duration<double>(t1 - t0).count();
        state.SetIterationTime(secs);
        timings.add(secs, test::syncCountOnThisThread() - before);
    }
    timings.report(state, checkpointer);
}

void BM_OrderCancel(benchmark::State &state)
{
    test::installFsyncCountingVfs();
    Canteen canteen;
    storage::WalCheckpointer checkpointer(*canteen.db, policyFor(state));
    if (!checkpointer.isActive()) {
        state.SkipWithError("the WAL checkpointer could not start");
        return;
    }
    CanteenOrders orders = canteen.orders();
    const std::vector<MenuOffer> offers = canteen.openOffers();
    SyncedTimings timings;
    qint64 refundedFen = 0;
    size_t n = 0;
    for (auto _ : state) {
        const OrderRequest request = nthOrder(offers, n++);
        checkpointer.waitUntilCaughtUp();
        const Result<MealOrder> placed = orders.order(request); // untimed (manual time)
        if (!placed.ok) {
            state.SkipWithError(placed.reason.en.toStdString().c_str());
            break;
        }
        checkpointer.waitUntilCaughtUp();
        const std::uint64_t before = test::syncCountOnThisThread();
        const auto t0 = std::chrono::steady_clock::now();
        const Outcome cancelled = orders.cancel(request.residentId, placed.value.id);
        const auto t1 = std::chrono::steady_clock::now();
        if (!cancelled.ok) {
            state.SkipWithError(cancelled.reason.en.toStdString().c_str());
            break;
        }
        refundedFen += placed.value.price.voucherFen;
        const double secs = std::chrono::duration<double>(t1 - t0).count();
        state.SetIterationTime(secs);
        timings.add(secs, test::syncCountOnThisThread() - before);
    }
    timings.report(state, checkpointer);
    state.counters["refunded_fen_per_cancel"]
        = timings.ms.empty() ? 0 : static_cast<double>(refundedFen) / static_cast<double>(timings.ms.size());
}

// Diners and requests that take every branch of the pricing rules.
struct PricingCase {
    Diner diner;
    PriceRequest request;
};

std::vector<PricingCase> pricingCases(const std::vector<MenuOffer> &offers)
{
    const Diner aged{ QDate(1938, 4, 8), { QStringLiteral("独居") } }; // 80-89 tier, delivery
    const Diner poor{ QDate(1955, 9, 30), { QStringLiteral("低保") } }; // tag price beats the tier
    const Diner young{ QDate(1963, 7, 20), {} }; // 60-69 tier
    const Diner disabled{ QDate(1951, 12, 19), { QStringLiteral("失能"), QStringLiteral("独居") } };
    std::vector<PricingCase> cases;
    int i = 0;
    for (const MenuOffer &o : offers) {
        for (const Diner &d : { aged, poor, young, disabled }) {
            PriceRequest r;
            r.unitPriceFen = o.priceFen;
            r.quantity = 1 + i % 3; // more portions than the one subsidised
            r.category = o.category;
            r.mealDate = o.mealDate;
            r.delivery = o.delivery && i % 2 == 0;
            r.subsidisedPortionsAlready = i % 4 == 0 ? 1 : 0; // once per period
            r.subsidyUsedThisMonthFen = i % 5 == 0 ? 29900 : 1200 * (i % 7); // the ceiling cuts
            r.voucherBalanceFen = i % 3 == 0 ? 0 : 500 * (i % 6); // none, part, all
            r.vouchers = i % 7 == 0 ? VoucherUse::Full : VoucherUse::UpToBalance;
            cases.push_back({ d, r });
            ++i;
        }
    }
    return cases;
}

void BM_PriceOrder(benchmark::State &state)
{
    Canteen canteen;
    const auto offers = canteen.openOffers();
    const std::optional<CanteenRules> rules = loadCanteenRules(*canteen.db, offers.front().canteenId);
    if (!rules) {
        state.SkipWithError("the fixture's canteen has no rules");
        return;
    }
    const std::vector<PricingCase> cases = pricingCases(offers);
    size_t n = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (auto _ : state) {
        const PricingCase &c = cases[n++ % cases.size()];
        benchmark::DoNotOptimize(priceOrder(*rules, &c.diner, c.request));
    }
    const auto t1 = std::chrono::steady_clock::now();
    const double us = std::chrono::duration<double, std::micro>(t1 - t0).count()
        / static_cast<double>(std::max<benchmark::IterationCount>(1, state.iterations()));
    state.counters["us_per_order"] = us; // the mean over the run, as the benchmark's own time
    state.counters["target_us"] = 50;
    state.counters["meets_target"] = state.iterations() > 0 && us <= 50.0 ? 1.0 : 0.0;
    state.counters["cases"] = static_cast<double>(cases.size());
}

void BM_QuoteOrder(benchmark::State &state)
{
    Canteen canteen;
    CanteenOrders orders = canteen.orders();
    const auto offers = canteen.openOffers();
    // Standing orders, so "once per period" and the month's subsidy have something to count:
    // everyone has tomorrow's dinner set meal already.
    for (const QString &r : kResidents) {
        OrderRequest dinner;
        dinner.residentId = r;
        dinner.offerId = QStringLiteral("2026-11-23.dinner.dish-b01");
        if (!orders.order(dinner).ok) {
            state.SkipWithError("the standing order was refused");
            return;
        }
    }
    std::vector<double> us;
    size_t n = 0;
    for (auto _ : state) {
        OrderRequest request = nthOrder(offers, n);
        request.quantity = 1 + static_cast<int>(n % 3);
        ++n;
        const auto t0 = std::chrono::steady_clock::now();
        const Result<PriceBreakdown> quote = orders.quote(request);
        const auto t1 = std::chrono::steady_clock::now();
        if (!quote.ok) {
            state.SkipWithError(quote.reason.en.toStdString().c_str());
            break;
        }
        const double secs = std::chrono::duration<double>(t1 - t0).count();
        state.SetIterationTime(secs);
        us.push_back(secs * 1e6);
    }
    double sum = 0;
    for (double u : us)
        sum += u;
    const double mean = us.empty() ? 0 : sum / static_cast<double>(us.size());
    state.counters["mean_us"] = mean; // the benchmark's own time, in a counter beside the target
    state.counters["p50_us"] = percentile(us, 0.50);
    state.counters["p99_us"] = percentile(us, 0.99);
    state.counters["max_us"] = percentile(us, 1.0);
    state.counters["target_mean_us"] = 50;
    state.counters["meets_target"] = !us.empty() && mean <= 50.0 ? 1.0 : 0.0;
}

} // namespace

BENCHMARK(BM_OrderCommit)->Arg(0)->Arg(1)->UseManualTime()->Iterations(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OrderCancel)->Arg(0)->UseManualTime()->Iterations(500)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PriceOrder)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_QuoteOrder)->UseManualTime()->Iterations(5000)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
