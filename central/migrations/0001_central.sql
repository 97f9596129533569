-- The central server's schema. Portable SQL only (PostgreSQL follows): no AUTOINCREMENT, no
-- INSERT OR ..., no SQLite functions in queries; BLOB columns become BYTEA there.

CREATE TABLE hall (
    id TEXT PRIMARY KEY,
    timezone TEXT NOT NULL
);

CREATE TABLE kiosk (
    id TEXT PRIMARY KEY,
    hall_id TEXT NOT NULL REFERENCES hall(id),
    secret BLOB NOT NULL,
    ticket_public_key BLOB NOT NULL,
    enrolled_at_ms BIGINT NOT NULL,
    revoked_at_ms BIGINT,
    last_seen_ms BIGINT,
    software_version TEXT NOT NULL DEFAULT '',
    outbox_depth BIGINT NOT NULL DEFAULT 0,
    clock_offset_ms BIGINT NOT NULL DEFAULT 0,
    disk_free_bytes BIGINT NOT NULL DEFAULT 0,
    errors TEXT NOT NULL DEFAULT ''
);

-- One-time codes of `linli-central enroll`, valid 24 hours.
CREATE TABLE enrolment_code (
    code TEXT PRIMARY KEY,
    hall_id TEXT NOT NULL REFERENCES hall(id),
    expires_at_ms BIGINT NOT NULL,
    used_by TEXT,
    used_at_ms BIGINT
);

-- Request nonces of the last 10 minutes (replay protection).
CREATE TABLE request_nonce (
    kiosk_id TEXT NOT NULL,
    nonce TEXT NOT NULL,
    seen_at_ms BIGINT NOT NULL,
    PRIMARY KEY (kiosk_id, nonce)
);
CREATE INDEX request_nonce_seen ON request_nonce(seen_at_ms);

-- The catalog as it is now, and the log of its changes that kiosks pull by seq.
CREATE TABLE catalog_record (
    hall_id TEXT NOT NULL,
    collection TEXT NOT NULL,
    record_id TEXT NOT NULL,
    record TEXT NOT NULL,
    deleted INTEGER NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (hall_id, collection, record_id)
);

CREATE TABLE change_log (
    seq BIGINT PRIMARY KEY,
    hall_id TEXT NOT NULL,
    collection TEXT NOT NULL,
    record_id TEXT NOT NULL,
    deleted INTEGER NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX change_log_hall ON change_log(hall_id, seq);

-- Every event a kiosk pushed, applied once, with the result it got.
CREATE TABLE sync_event (
    event_id TEXT PRIMARY KEY,
    kiosk_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    kind TEXT NOT NULL,
    occurred_at_ms BIGINT NOT NULL,
    received_at_ms BIGINT NOT NULL,
    payload TEXT NOT NULL,
    accepted INTEGER NOT NULL,
    reason_code TEXT NOT NULL,
    reason_zh TEXT NOT NULL,
    reason_en TEXT NOT NULL
);
CREATE INDEX sync_event_kiosk ON sync_event(kiosk_id, seq);

-- Limited resources ("room:<id>:<start>", "event:<id>", "meal:<canteen>:<date>:<period>").
CREATE TABLE resource (
    name TEXT PRIMARY KEY,
    hall_id TEXT NOT NULL,
    quota INTEGER NOT NULL
);

-- What consumes a resource: a booking, a sign-up, an order. A released use (cancelled, or
-- cancelled before its creation arrived) holds nothing and is never taken again.
CREATE TABLE resource_use (
    resource TEXT NOT NULL,
    use_id TEXT NOT NULL,
    kiosk_id TEXT NOT NULL,
    units INTEGER NOT NULL,
    released INTEGER NOT NULL,
    PRIMARY KEY (resource, use_id)
);
CREATE INDEX resource_use_id ON resource_use(use_id);

-- Each kiosk's outstanding escrow share of a resource.
CREATE TABLE escrow_grant (
    kiosk_id TEXT NOT NULL,
    resource TEXT NOT NULL,
    units INTEGER NOT NULL,
    expires_at_ms BIGINT NOT NULL,
    PRIMARY KEY (kiosk_id, resource)
);

-- Tickets admitted, to find one ticket admitted at two kiosks.
CREATE TABLE admission (
    event_id TEXT PRIMARY KEY,
    ticket_id TEXT NOT NULL,
    kiosk_id TEXT NOT NULL,
    admitted_at_ms BIGINT NOT NULL
);
CREATE INDEX admission_ticket ON admission(ticket_id);

-- Things staff should look at (`linli-central status`).
CREATE TABLE flag (
    event_id TEXT PRIMARY KEY,
    at_ms BIGINT NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL
);
