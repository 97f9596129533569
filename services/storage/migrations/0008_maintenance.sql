-- 0009: staff accounts (from content now, from sync later), their PIN lockouts and the audit
-- log of every change staff make (each row also goes to the outbox as a staff.audit event).
CREATE TABLE staff (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('operator', 'canteen', 'administrator')),
    card      TEXT UNIQUE,
    pin_hash  TEXT NOT NULL,
    active    INTEGER NOT NULL DEFAULT 1
);

-- Keyed by the card the PIN followed ("card:<digits>") or "kiosk" for the hidden gesture, so a
-- lock tells nothing about which staff member exists. Survives restarts like pin_attempt.
CREATE TABLE staff_pin_attempt (
    key              TEXT PRIMARY KEY,
    failures         INTEGER NOT NULL DEFAULT 0,
    lock_round       INTEGER NOT NULL DEFAULT 0,
    locked_at_utc    INTEGER NOT NULL DEFAULT 0,
    locked_until_utc INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE staff_audit (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    staff_id   TEXT NOT NULL,
    at_utc     INTEGER NOT NULL,
    action     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    before     TEXT NOT NULL,
    after      TEXT NOT NULL
);
