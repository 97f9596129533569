#pragma once

#include "../tickets/ticket_fixture.h"
#include "sync/sync_exchange.h"
#include "wire/wire.h"

#include <gmock/gmock.h>
#include <QJsonDocument>
#include <QJsonObject>

namespace linli::sync::test {

using tickets::IssuedTicket;
using tickets::SigningKey;
using tickets::TicketStatus;

inline const QByteArray kSecret = QByteArray(32, '\x5a');

// The demo hall with its booking, canteen and ticket services (TicketFixture), seen from the
// sync: the server's replies are built and signed here as the contract says.
class SyncFixture : public tickets::test::TicketFixture {
protected:
    static v1::SyncResponse emptyResponse(quint64 cursor = 0)
    {
        v1::SyncResponse r;
        r.set_schema_version(wire::kSchemaVersion);
        r.set_server_time_ms(1'795'312'800'000);
        r.set_cursor(cursor);
        return r;
    }

    static HttpReply signedReply(const std::string &body, const QByteArray &nonce, int status = 200,
        const QByteArray &secret = kSecret)
    {
        HttpReply reply;
        reply.status = status;
        reply.body = QByteArray::fromStdString(body);
        reply.timeHeader = "1795312800000";
        reply.signatureHeader = wire::responseSignature(secret, status, nonce, 1795312800000, reply.body);
        return reply;
    }

    static void addResult(v1::SyncResponse &r, const v1::OutboxEvent &e, bool accepted, const char *code = "")
    {
        v1::EventResult *result = r.add_results();
        result->set_event_id(e.event_id());
        result->set_status(accepted ? v1::EventResult::STATUS_ACCEPTED : v1::EventResult::STATUS_REJECTED);
        result->set_reason_code(code);
        if (!accepted) {
            result->set_reason_zh("该时段已被其他终端预订");
            result->set_reason_en("another kiosk booked this time first");
        }
    }

    static void addChange(v1::SyncResponse &r, quint64 seq, const char *collection, const QString &id,
        const QJsonObject &record = {})
    {
        v1::Change *c = r.add_changes();
        c->set_seq(seq);
        c->set_collection(collection);
        c->set_id(id.toStdString());
        if (record.isEmpty())
            c->set_deleted(true);
        else
            c->set_record(QJsonDocument(record).toJson(QJsonDocument::Compact).toStdString());
    }

    v1::SyncRequest request(quint64 cursor = 0)
    {
        Health health;
        health.softwareVersion = QStringLiteral("test");
        health.localTimeMs = clock.nowUtc().toMSecsSinceEpoch();
        health.diskFreeBytes = 1234;
        return buildSyncRequest(*db, QStringLiteral("kiosk-test"), cursor, health, false);
    }
};

} // namespace linli::sync::test
