// A deterministic mutation loop over the kiosk's reply parser: a valid reply with results and
// changes of every kind taken, its bytes flipped, cut, duplicated and spliced, then re-signed
// (so the parser and appliers, not the signature, meet the damage). Every outcome is either a
// clear refusal (BadResponse, nothing written) or a reply the rules accept; never a crash.
// LINLI_SYNC_MUTATIONS=N runs longer on demand.
#include "storage/storage_error.h"
#include "storage/transaction.h"
#include "sync/catalog_changes.h"
#include "sync/outbox_results.h"
#include "sync/sync_error.h"
#include "sync_fixture.h"

namespace linli::sync::test {
namespace {

using ReplyMutationTest = SyncFixture;

const QByteArray kNonce = "00112233445566778899aabbccddeeff";

std::string mutate(std::string bytes, quint32 &seed)
{
    auto next = [&seed] {
        seed = seed * 1103515245u + 12345u;
        return seed >> 8;
    };
    const int edits = 1 + static_cast<int>(next() % 4);
    for (int i = 0; i < edits && !bytes.empty(); ++i) {
        const size_t at = next() % bytes.size();
        switch (next() % 5) {
        case 0:
            bytes[at] = static_cast<char>(bytes[at] ^ (1 << (next() % 8)));
            break;
        case 1:
            bytes.resize(at);
            break;
        case 2:
            bytes.insert(at, bytes.substr(at, next() % 16));
            break;
        case 3:
            bytes[at] = static_cast<char>(next());
            break;
        default:
            bytes.erase(at, 1 + next() % 8);
        }
    }
    return bytes;
}

TEST_F(ReplyMutationTest, DamagedRepliesAreRefusedOrAppliedNeverACrash)
{
    bookDance();
    orderLunch();
    const v1::SyncRequest sent = request();
    v1::SyncResponse good = emptyResponse(20);
    for (const auto &e : sent.events())
        addResult(good, e, e.seq() % 2 == 0);
    addChange(good, 17, "rooms", QStringLiteral("room-reading"));
    addChange(good, 18, "notices", QStringLiteral("ntc-x"),
        { { QStringLiteral("id"), QStringLiteral("ntc-x") },
            { QStringLiteral("priority"), QStringLiteral("info") },
            { QStringLiteral("title"),
                QJsonObject{ { QStringLiteral("zh"), QStringLiteral("通知") },
                    { QStringLiteral("en"), QStringLiteral("Notice") } } },
            { QStringLiteral("body"),
                QJsonObject{ { QStringLiteral("zh"), QStringLiteral("内容") },
                    { QStringLiteral("en"), QStringLiteral("Body") } } },
            { QStringLiteral("valid_from_offset_days"), 0 }, { QStringLiteral("valid_days"), 1 } });
    addChange(good, 19, "revoked_tickets", QStringLiteral("00112233445566778899aabbccddeeff"),
        { { QStringLiteral("id"), QStringLiteral("00112233445566778899aabbccddeeff") },
            { QStringLiteral("ticket_id"), QStringLiteral("00112233445566778899aabbccddeeff") } });
    addChange(good, 20, "events", QStringLiteral("evt-class-taichi"));
    const std::string body = good.SerializeAsString();
    const qint64 outboxBefore = count("SELECT count(*) FROM outbox WHERE result IS NULL");

    const int runs = qEnvironmentVariableIsSet("LINLI_SYNC_MUTATIONS")
        ? qEnvironmentVariableIntValue("LINLI_SYNC_MUTATIONS")
        : 1500;
    quint32 seed = 20261201;
    int refused = 0, applied = 0;
    for (int i = 0; i < runs; ++i) {
        const std::string damaged = mutate(body, seed);
        // Unsigned damage is refused outright.
        HttpReply forged = signedReply(body, kNonce);
        forged.body = QByteArray::fromStdString(damaged);
        if (damaged != body) {
            EXPECT_THROW(verifyReply(forged, kSecret, kNonce), BadResponse);
        }
        // Re-signed damage reaches the parser and the appliers.
        try {
            const VerifiedReply v = verifyReply(signedReply(damaged, kNonce), kSecret, kNonce);
            storage::Transaction tx(*db); // rolled back: every run starts from the same state
            applyResults(*db, sent, v.response, clock.nowSecs());
            applyChanges(*db, v.response, clock.nowUtc());
            ++applied;
        } catch (const BadResponse &e) {
            EXPECT_FALSE(e.why().en.isEmpty());
            ++refused;
        } catch (const storage::StorageError &e) {
            ADD_FAILURE() << "a damaged reply reached storage unchecked: " << e.what();
        }
    }
    EXPECT_EQ(refused + applied, runs);
    EXPECT_GT(refused, runs / 10) << "the loop does exercise the refusals";
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE result IS NULL"), outboxBefore);
}

} // namespace
} // namespace linli::sync::test
