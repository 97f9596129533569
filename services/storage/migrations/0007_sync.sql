-- 0007: sync with the central server (services/sync, proto/README.md). The outbox rows get
-- the server's answer; bookings and meal orders the server refused say why; the kiosk's sync
-- state (enrolment, cursor, clock offset, last success and failure) is one row. The kiosk's
-- secret is not here: it lives in <data dir>/sync-secret.key, readable by the kiosk's user only.

-- The server's answer to each event: NULL until answered (then it is sent again).
ALTER TABLE outbox ADD COLUMN result TEXT CHECK (result IN ('accepted', 'rejected'));
ALTER TABLE outbox ADD COLUMN reason_code TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN reason_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN reason_en TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN result_at_utc INTEGER;
CREATE INDEX outbox_unanswered ON outbox(seq) WHERE result IS NULL;

-- A meal order the central server refused (sold out elsewhere ...): cancelled here, with why,
-- so My meal orders can tell the resident. Empty for every other order.
ALTER TABLE meal_order ADD COLUMN refused_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE meal_order ADD COLUMN refused_en TEXT NOT NULL DEFAULT '';

CREATE TABLE sync_state (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    kiosk_id         TEXT NOT NULL DEFAULT '',   -- from enrolment; empty: not enrolled
    hall_id          TEXT NOT NULL DEFAULT '',
    server_url       TEXT NOT NULL DEFAULT '',   -- where it enrolled
    cursor           INTEGER NOT NULL DEFAULT 0 CHECK (cursor >= 0),
    clock_offset_ms  INTEGER NOT NULL DEFAULT 0, -- server minus local, at the last response
    last_success_utc INTEGER,
    last_failure_utc INTEGER,
    last_error       TEXT NOT NULL DEFAULT '',
    revoked          INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1))
);
INSERT INTO sync_state(id) VALUES (1);
