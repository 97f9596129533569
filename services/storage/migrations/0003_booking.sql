-- 0003: residents, room booking rules, bookings, event sign-ups, no-shows and the outbox.
-- Times are INTEGER UTC epoch seconds; local dates ('YYYY-MM-DD') and minutes of the day are
-- in the hall's time zone. A double booking is impossible by construction: every booked slot
-- is a row of booking_slot, UNIQUE per (room, slot start), and the row exists only while its
-- booking is pending, confirmed or checked in.

CREATE TABLE room_booking_rule (
    room_id                   TEXT PRIMARY KEY REFERENCES room(id) ON DELETE CASCADE,
    slot_minutes              INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 720),
    horizon_days              INTEGER NOT NULL CHECK (horizon_days BETWEEN 1 AND 366),
    max_slots_per_booking     INTEGER NOT NULL DEFAULT 1 CHECK (max_slots_per_booking >= 1),
    approval_required         INTEGER NOT NULL DEFAULT 0 CHECK (approval_required IN (0, 1)),
    max_upcoming_per_resident INTEGER NOT NULL DEFAULT 3 CHECK (max_upcoming_per_resident >= 1),
    max_minutes_per_week      INTEGER NOT NULL DEFAULT 240 CHECK (max_minutes_per_week >= 1),
    min_notice_minutes        INTEGER NOT NULL DEFAULT 0 CHECK (min_notice_minutes >= 0),
    min_cancel_notice_minutes INTEGER NOT NULL DEFAULT 0 CHECK (min_cancel_notice_minutes >= 0)
);

-- Opening hours per weekday (1 = Monday ... 7 = Sunday); a missing weekday is closed.
CREATE TABLE room_weekly_hours (
    room_id      TEXT NOT NULL REFERENCES room(id) ON DELETE CASCADE,
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    open_minute  INTEGER NOT NULL CHECK (open_minute BETWEEN 0 AND 1439),
    close_minute INTEGER NOT NULL CHECK (close_minute BETWEEN 1 AND 1440),
    PRIMARY KEY (room_id, weekday, open_minute),
    CHECK (close_minute > open_minute)
);

-- Whole local days a room cannot be booked: holidays ('closure') and repairs ('out_of_service').
CREATE TABLE room_closure (
    room_id   TEXT NOT NULL REFERENCES room(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('closure', 'out_of_service')),
    first_day TEXT NOT NULL,
    last_day  TEXT NOT NULL,
    reason_zh TEXT NOT NULL,
    reason_en TEXT NOT NULL,
    CHECK (last_day >= first_day)
);
CREATE INDEX room_closure_room ON room_closure(room_id, first_day);

CREATE TABLE resident (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    card            TEXT UNIQUE,
    phone           TEXT UNIQUE,
    pin_hash        TEXT,
    paused_until_utc INTEGER NOT NULL DEFAULT 0
);

-- Wrong-PIN lockout per phone number typed, whether or not a resident has that number, so
-- that the answers never tell which numbers exist. Survives restarts.
CREATE TABLE pin_attempt (
    phone           TEXT PRIMARY KEY,
    failures        INTEGER NOT NULL DEFAULT 0,
    lock_round      INTEGER NOT NULL DEFAULT 0,
    locked_at_utc   INTEGER NOT NULL DEFAULT 0,
    locked_until_utc INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE booking (
    id             TEXT PRIMARY KEY,        -- UUID, born here
    code           TEXT NOT NULL UNIQUE,    -- short code the resident reads
    resident_id    TEXT NOT NULL REFERENCES resident(id),
    room_id        TEXT NOT NULL,           -- kept when sync removes the room
    starts_at_utc  INTEGER NOT NULL,
    ends_at_utc    INTEGER NOT NULL,
    status         TEXT NOT NULL CHECK (status IN
                     ('pending', 'confirmed', 'checked_in', 'cancelled', 'rejected', 'released')),
    reason_zh      TEXT NOT NULL DEFAULT '',
    reason_en      TEXT NOT NULL DEFAULT '',
    created_at_utc INTEGER NOT NULL,
    updated_at_utc INTEGER NOT NULL,
    CHECK (ends_at_utc > starts_at_utc)
);
CREATE INDEX booking_resident ON booking(resident_id, status, starts_at_utc);
CREATE INDEX booking_status_start ON booking(status, starts_at_utc);

-- The constraint behind "never double-booked".
CREATE TABLE booking_slot (
    room_id        TEXT NOT NULL,
    slot_start_utc INTEGER NOT NULL,
    booking_id     TEXT NOT NULL REFERENCES booking(id) ON DELETE CASCADE,
    PRIMARY KEY (room_id, slot_start_utc)
) WITHOUT ROWID;
CREATE INDEX booking_slot_booking ON booking_slot(booking_id);

CREATE TABLE no_show (
    booking_id  TEXT PRIMARY KEY REFERENCES booking(id),
    resident_id TEXT NOT NULL REFERENCES resident(id),
    at_utc      INTEGER NOT NULL
);
CREATE INDEX no_show_resident ON no_show(resident_id, at_utc);

CREATE TABLE event_signup (
    seq               INTEGER PRIMARY KEY AUTOINCREMENT, -- waitlist order
    id                TEXT NOT NULL UNIQUE,              -- UUID
    event_id          TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    resident_id       TEXT NOT NULL REFERENCES resident(id),
    status            TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
    created_at_utc    INTEGER NOT NULL,
    updated_at_utc    INTEGER NOT NULL,
    promoted_at_utc   INTEGER,
    promotion_seen    INTEGER NOT NULL DEFAULT 1 CHECK (promotion_seen IN (0, 1))
);
CREATE UNIQUE INDEX event_signup_active ON event_signup(event_id, resident_id)
    WHERE status IN ('confirmed', 'waitlisted');
CREATE INDEX event_signup_event ON event_signup(event_id, status, seq);

-- Every change a resident makes, for the central server (DESIGN.md section 5). Nothing sends it yet.
CREATE TABLE outbox (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id        TEXT NOT NULL UNIQUE,  -- UUID: the idempotency key
    kind            TEXT NOT NULL,
    occurred_at_utc INTEGER NOT NULL,
    payload         TEXT NOT NULL,         -- JSON
    sent_at_utc     INTEGER
);
