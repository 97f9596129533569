// Search latency on a 10,000-item catalog: the demo hall plus generated guides, facilities,
// activities and notices with Chinese and English titles. Each iteration runs a mix of the
// queries residents type (Chinese substrings of 1-4 characters, full pinyin, initials,
// English, junk); counters report p50/p99/max per query. Target: p99 <= 10 ms.
#include "content/demo_loader.h"
#include "information/search.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/transaction.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <random>

namespace {

using namespace linli;

const QDateTime kNow(QDate(2026, 11, 22), QTime(2, 0), QTimeZone::utc());

// Words to build the generated items from: every two-character piece of the demo hall's
// Chinese text and every English word of it, so the catalog reads like hall content
// (a few thousand distinct words), not like a handful of words repeated 10,000 times.
struct Vocabulary {
    QStringList zh, en;
};

void collect(const QJsonValue &value, Vocabulary &words)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collect(v, words);
    } else if (value.isObject()) {
        for (const QJsonValue &v : value.toObject())
            collect(v, words);
    } else if (value.isString()) {
        static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]+"));
        static const QRegularExpression latin(QStringLiteral("[A-Za-z]{3,}"));
        const QString text = value.toString();
        for (auto m = han.globalMatch(text); m.hasNext();) {
            const QString run = m.next().captured();
            for (qsizetype i = 0; i + 1 < run.size(); i += 2)
                words.zh << run.mid(i, 2);
        }
        for (auto m = latin.globalMatch(text); m.hasNext();)
            words.en << m.next().captured().toLower();
    }
}

const Vocabulary &vocabulary()
{
    static const Vocabulary words = [] {
        Vocabulary v;
        for (const QString &name :
            QDir(QStringLiteral(LINLI_DEMO_DIR)).entryList({ QStringLiteral("*.json") })) {
            QFile file(QDir(QStringLiteral(LINLI_DEMO_DIR)).filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
            collect(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), v);
        }
        return v;
    }();
    return words;
}

QString pick(const QStringList &words, std::mt19937 &rng, int n, const QString &sep)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << words[static_cast<int>(rng() % words.size())];
    return out.join(sep);
}

storage::Database &catalogOf10k()
{
    static storage::Database db = [] {
        auto d = storage::Database::openInMemory();
        storage::migrate(d, storage::bundledMigrations());
        content::loadDemoContentIfEmpty(d, QStringLiteral(LINLI_DEMO_DIR), kNow);
        std::mt19937 rng(42);
        storage::Transaction tx(d);
        auto guide = d.prepare(
            "INSERT INTO service_guide (id, title_zh, title_en, summary_zh, summary_en) VALUES (?,?,?,?,?)");
        auto place = d.prepare("INSERT INTO facility (id, category, name_zh, name_en, address_zh, address_en,"
                               " description_zh) VALUES (?, 'culture', ?, ?, ?, ?, ?)");
        auto event = d.prepare(
            "INSERT INTO event (id, title_zh, title_en, description_zh, starts_at_utc, ends_at_utc)"
            " VALUES (?, ?, ?, ?, ?, ?)");
        auto notice = d.prepare(
            "INSERT INTO notice (id, title_zh, title_en, body_zh, valid_from_utc, valid_until_utc)"
            " VALUES (?, ?, ?, ?, ?, ?)");
        const qint64 now = kNow.toSecsSinceEpoch();
        for (int i = 0; i < 2480; ++i) {
            const QString n = QString::number(i);
            const QString body = pick(vocabulary().zh, rng, 30, QString());
            guide.reset();
            guide.bind(1, QStringLiteral("g-") + n)
                .bind(2, pick(vocabulary().zh, rng, 3, QString()))
                .bind(3, pick(vocabulary().en, rng, 3, QStringLiteral(" ")))
                .bind(4, body)
                .bind(5, pick(vocabulary().en, rng, 20, QStringLiteral(" ")))
                .run();
            place.reset();
            place.bind(1, QStringLiteral("f-") + n)
                .bind(2, pick(vocabulary().zh, rng, 3, QString()))
                .bind(3, pick(vocabulary().en, rng, 3, QStringLiteral(" ")))
                .bind(4, pick(vocabulary().zh, rng, 4, QString()))
                .bind(5, pick(vocabulary().en, rng, 4, QStringLiteral(" ")))
                .bind(6, body)
                .run();
            event.reset();
            event.bind(1, QStringLiteral("e-") + n)
                .bind(2, pick(vocabulary().zh, rng, 3, QString()))
                .bind(3, pick(vocabulary().en, rng, 3, QStringLiteral(" ")))
                .bind(4, body)
                .bind(5, now + i * 600)
                .bind(6, now + i * 600 + 3600)
                .run();
            notice.reset();
            notice.bind(1, QStringLiteral("n-") + n)
                .bind(2, pick(vocabulary().zh, rng, 3, QString()))
                .bind(3, pick(vocabulary().en, rng, 3, QStringLiteral(" ")))
                .bind(4, body)
                .bind(5, now - 86400)
                .bind(6, now + 86400 * (i % 30 + 1))
                .run();
        }
        tx.commit();
        information::rebuildSearchIndex(d);
        return d;
    }();
    return db;
}

const QStringList kQueries{ QStringLiteral("老年卡"), QStringLiteral("lnk"), QStringLiteral("laonianka"),
    QStringLiteral("舞蹈室"), QStringLiteral("dance room"), QStringLiteral("卡"), QStringLiteral("老年"),
    QStringLiteral("健康讲座"), QStringLiteral("senior card"), QStringLiteral("wds"), QStringLiteral("NEAR("),
    QStringLiteral("\""), QStringLiteral("zz"), QStringLiteral("社区 服务"), QString(500, QChar(u'老')) };

void BM_Search10k(benchmark::State &state)
{
    storage::Database &db = catalogOf10k();
    const qint64 now = kNow.toSecsSinceEpoch();
    std::vector<double> ms;
    size_t found = 0;
    for (auto _ : state) {
        for (const QString &q : kQueries) {
            const auto start = std::chrono::steady_clock::now();
            const auto results = information::search(db, q, now);
            ms.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
            found += results.size();
            benchmark::DoNotOptimize(results.data());
        }
    }
    std::sort(ms.begin(), ms.end());
    auto at = [&](double p) {
        return ms[std::min(ms.size() - 1, static_cast<size_t>(p * static_cast<double>(ms.size())))];
    };
    state.counters["p50_ms"] = at(0.50);
    state.counters["p99_ms"] = at(0.99);
    state.counters["max_ms"] = ms.back();
    state.counters["queries"] = static_cast<double>(ms.size());
    state.counters["results_per_query"] = static_cast<double>(found) / static_cast<double>(ms.size());
}
BENCHMARK(BM_Search10k)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// One query at a time, to see which kind of query costs what.
void BM_SearchOne(benchmark::State &state)
{
    storage::Database &db = catalogOf10k();
    const QString q = kQueries[static_cast<int>(state.range(0))];
    for (auto _ : state)
        benchmark::DoNotOptimize(information::search(db, q, kNow.toSecsSinceEpoch()).size());
    state.SetLabel(q.left(12).toStdString());
}
BENCHMARK(BM_SearchOne)->DenseRange(0, 14)->Unit(benchmark::kMillisecond);

void BM_RebuildIndex10k(benchmark::State &state)
{
    storage::Database &db = catalogOf10k();
    for (auto _ : state)
        information::rebuildSearchIndex(db);
}
BENCHMARK(BM_RebuildIndex10k)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
