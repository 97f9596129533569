-- 0009: the central server's escrow shares (proto/README.md "Escrow"). An enrolled kiosk sells
-- a limited resource (a room slot, an activity's seats, a meal's servings) offline only within
-- its share; a sale it covers from a share is kept in escrow_use until the server has seen its
-- event, because a grant counts only the events of the request it answers.
CREATE TABLE escrow_share (
    resource      TEXT PRIMARY KEY,             -- "room:<id>:<UTC secs>", "event:<id>", "meal:<canteen>:<date>:<period>"
    units         INTEGER NOT NULL CHECK (units >= 0),
    expires_at_ms INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE escrow_use (
    event_id TEXT NOT NULL REFERENCES outbox(event_id) ON DELETE CASCADE,
    resource TEXT NOT NULL,
    units    INTEGER NOT NULL CHECK (units > 0),
    PRIMARY KEY (event_id, resource)
) WITHOUT ROWID;

-- A seat in an activity the central server refused (another kiosk sold the last one): the
-- sign-up is cancelled here with why, so My bookings can tell the resident.
ALTER TABLE event_signup ADD COLUMN refused_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE event_signup ADD COLUMN refused_en TEXT NOT NULL DEFAULT '';
