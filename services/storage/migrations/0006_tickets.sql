-- 0006: tickets (services/tickets, proto/linli/v1/ticket.proto): the public keys of the hall's
-- kiosks, the tickets this kiosk issued (for the human code and the My screen), revocations
-- and admissions. A failed scan writes nothing here: only its outbox row. Ticket ids are the
-- 16 bytes of a UUID; key ids the 4-byte id a ticket names its key by; times UTC seconds.

-- The keys whose tickets this kiosk accepts: its own (made on first start), the demo content's,
-- and later those sync brings.
CREATE TABLE ticket_key (
    key_id       INTEGER PRIMARY KEY CHECK (key_id BETWEEN 0 AND 4294967295),
    public_key   BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),
    kiosk_id     TEXT NOT NULL CHECK (length(kiosk_id) > 0),
    hall_id      TEXT NOT NULL,
    origin       TEXT NOT NULL CHECK (origin IN ('own', 'content', 'sync')),
    added_at_utc INTEGER NOT NULL
);

-- One ticket per booking, activity sign-up or meal order: asking again gives the same ticket.
CREATE TABLE issued_ticket (
    ticket_id       BLOB PRIMARY KEY CHECK (length(ticket_id) = 16),
    code            TEXT NOT NULL UNIQUE CHECK (length(code) = 10),  -- the human code
    ticket_text     TEXT NOT NULL,                                   -- 'LT1:...' as signed
    kind            TEXT NOT NULL CHECK (kind IN ('room', 'activity', 'meal')),
    source_kind     TEXT NOT NULL CHECK (source_kind IN ('booking', 'signup', 'meal_order')),
    source_id       TEXT NOT NULL,
    resident_id     TEXT NOT NULL,  -- this kiosk's own record; the ticket only has a pseudonym
    key_id          INTEGER NOT NULL,
    issued_at_utc   INTEGER NOT NULL,
    valid_from_utc  INTEGER NOT NULL,
    valid_until_utc INTEGER NOT NULL,
    UNIQUE (source_kind, source_id),
    CHECK (valid_until_utc >= valid_from_utc)
) WITHOUT ROWID;
CREATE INDEX issued_ticket_resident ON issued_ticket(resident_id, valid_until_utc);

-- Tickets that no longer admit: their booking or order was cancelled (here, or later by sync).
CREATE TABLE ticket_revocation (
    ticket_id      BLOB PRIMARY KEY CHECK (length(ticket_id) = 16),
    revoked_at_utc INTEGER NOT NULL,
    reason         TEXT NOT NULL CHECK (reason IN ('cancelled', 'rejected', 'withdrawn')),
    origin         TEXT NOT NULL CHECK (origin IN ('local', 'sync'))
) WITHOUT ROWID;

-- Each ticket admits once: the primary key is the rule.
CREATE TABLE ticket_admission (
    ticket_id       BLOB PRIMARY KEY CHECK (length(ticket_id) = 16),
    admitted_at_utc INTEGER NOT NULL,
    kiosk_id        TEXT NOT NULL,
    place_id        TEXT NOT NULL,
    place_zh        TEXT NOT NULL,
    place_en        TEXT NOT NULL,
    key_id          INTEGER NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('room', 'activity', 'meal')),
    origin          TEXT NOT NULL CHECK (origin IN ('local', 'sync'))
) WITHOUT ROWID;
