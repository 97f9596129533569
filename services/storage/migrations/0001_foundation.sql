-- 0001: the hall and its published content. Bilingual text lives in *_zh / *_en columns;
-- lists (materials, steps, functions, equipment) are JSON arrays of strings.
-- Times are INTEGER seconds since the Unix epoch (UTC); money is INTEGER fen.

CREATE TABLE kiosk_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE hall (
    id             TEXT PRIMARY KEY,
    name_zh        TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    subdistrict_zh TEXT NOT NULL DEFAULT '',
    subdistrict_en TEXT NOT NULL DEFAULT '',
    address_zh     TEXT NOT NULL DEFAULT '',
    address_en     TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    hours_zh       TEXT NOT NULL DEFAULT '',
    hours_en       TEXT NOT NULL DEFAULT '',
    timezone       TEXT NOT NULL DEFAULT 'Asia/Shanghai'
);

CREATE TABLE facility (
    id                TEXT PRIMARY KEY,
    category          TEXT NOT NULL CHECK (category IN
                        ('elderly_care', 'culture', 'party_mass', 'canteen', 'sports', 'children', 'market', 'other')),
    name_zh           TEXT NOT NULL,
    name_en           TEXT NOT NULL,
    address_zh        TEXT NOT NULL DEFAULT '',
    address_en        TEXT NOT NULL DEFAULT '',
    floors_zh         TEXT NOT NULL DEFAULT '',
    floors_en         TEXT NOT NULL DEFAULT '',
    hours_zh          TEXT NOT NULL DEFAULT '',
    hours_en          TEXT NOT NULL DEFAULT '',
    functions_zh      TEXT NOT NULL DEFAULT '[]',
    functions_en      TEXT NOT NULL DEFAULT '[]',
    description_zh    TEXT NOT NULL DEFAULT '',
    description_en    TEXT NOT NULL DEFAULT '',
    has_lift          INTEGER NOT NULL DEFAULT 0 CHECK (has_lift IN (0, 1)),
    has_ramp          INTEGER NOT NULL DEFAULT 0 CHECK (has_ramp IN (0, 1)),
    accessible_toilet INTEGER NOT NULL DEFAULT 0 CHECK (accessible_toilet IN (0, 1)),
    phone             TEXT NOT NULL DEFAULT '',
    in_hall           INTEGER NOT NULL DEFAULT 0 CHECK (in_hall IN (0, 1)),
    sort_order        INTEGER NOT NULL DEFAULT 0
);

-- Rooms of the hall itself, placed on its floor plan (plan_* in percent of the floor's box).
CREATE TABLE room (
    id             TEXT PRIMARY KEY,
    facility_id    TEXT REFERENCES facility(id) ON DELETE SET NULL,
    kind           TEXT NOT NULL CHECK (kind IN
                     ('activity', 'counter', 'canteen', 'care', 'reading', 'office', 'service')),
    name_zh        TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    floor          INTEGER NOT NULL CHECK (floor BETWEEN -3 AND 30),
    plan_x         REAL NOT NULL DEFAULT 0,
    plan_y         REAL NOT NULL DEFAULT 0,
    plan_w         REAL NOT NULL DEFAULT 10,
    plan_h         REAL NOT NULL DEFAULT 10,
    capacity       INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
    hours_zh       TEXT NOT NULL DEFAULT '',
    hours_en       TEXT NOT NULL DEFAULT '',
    equipment_zh   TEXT NOT NULL DEFAULT '[]',
    equipment_en   TEXT NOT NULL DEFAULT '[]',
    description_zh TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    bookable       INTEGER NOT NULL DEFAULT 0 CHECK (bookable IN (0, 1)),
    sort_order     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE canteen (
    id         TEXT PRIMARY KEY,
    room_id    TEXT REFERENCES room(id) ON DELETE SET NULL,
    name_zh    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    hours_zh   TEXT NOT NULL DEFAULT '',
    hours_en   TEXT NOT NULL DEFAULT '',
    seats      INTEGER NOT NULL DEFAULT 0 CHECK (seats >= 0),
    operator_zh TEXT NOT NULL DEFAULT '',
    operator_en TEXT NOT NULL DEFAULT ''
);

-- 办事指南: one row per service the hall handles.
CREATE TABLE service_guide (
    id              TEXT PRIMARY KEY,
    category        TEXT NOT NULL DEFAULT 'other',
    title_zh        TEXT NOT NULL,
    title_en        TEXT NOT NULL,
    summary_zh      TEXT NOT NULL DEFAULT '',
    summary_en      TEXT NOT NULL DEFAULT '',
    eligibility_zh  TEXT NOT NULL DEFAULT '',
    eligibility_en  TEXT NOT NULL DEFAULT '',
    materials_zh    TEXT NOT NULL DEFAULT '[]',
    materials_en    TEXT NOT NULL DEFAULT '[]',
    steps_zh        TEXT NOT NULL DEFAULT '[]',
    steps_en        TEXT NOT NULL DEFAULT '[]',
    room_id         TEXT REFERENCES room(id) ON DELETE SET NULL,
    location_zh     TEXT NOT NULL DEFAULT '',
    location_en     TEXT NOT NULL DEFAULT '',
    hours_zh        TEXT NOT NULL DEFAULT '',
    hours_en        TEXT NOT NULL DEFAULT '',
    processing_zh   TEXT NOT NULL DEFAULT '',
    processing_en   TEXT NOT NULL DEFAULT '',
    fee_fen         INTEGER NOT NULL DEFAULT 0 CHECK (fee_fen >= 0),
    fee_note_zh     TEXT NOT NULL DEFAULT '',
    fee_note_en     TEXT NOT NULL DEFAULT '',
    online_zh       TEXT NOT NULL DEFAULT '',
    online_en       TEXT NOT NULL DEFAULT '',
    keywords_zh     TEXT NOT NULL DEFAULT '',
    keywords_en     TEXT NOT NULL DEFAULT '',
    sort_order      INTEGER NOT NULL DEFAULT 0
);

-- 通知公告. priority: 2 urgent (on the home screen), 1 normal, 0 info.
CREATE TABLE notice (
    id              TEXT PRIMARY KEY,
    priority        INTEGER NOT NULL DEFAULT 1 CHECK (priority BETWEEN 0 AND 2),
    title_zh        TEXT NOT NULL,
    title_en        TEXT NOT NULL,
    body_zh         TEXT NOT NULL DEFAULT '',
    body_en         TEXT NOT NULL DEFAULT '',
    valid_from_utc  INTEGER NOT NULL,
    valid_until_utc INTEGER NOT NULL,
    CHECK (valid_until_utc > valid_from_utc)
);
CREATE INDEX notice_validity ON notice(valid_until_utc, valid_from_utc);

-- 活动: talks, classes, performances. Sign-up rules come with the booking schema.
CREATE TABLE event (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL DEFAULT 'talk' CHECK (kind IN ('talk', 'class', 'performance', 'activity', 'health')),
    title_zh        TEXT NOT NULL,
    title_en        TEXT NOT NULL,
    description_zh  TEXT NOT NULL DEFAULT '',
    description_en  TEXT NOT NULL DEFAULT '',
    room_id         TEXT REFERENCES room(id) ON DELETE SET NULL,
    place_zh        TEXT NOT NULL DEFAULT '',
    place_en        TEXT NOT NULL DEFAULT '',
    host_zh         TEXT NOT NULL DEFAULT '',
    host_en         TEXT NOT NULL DEFAULT '',
    audience_zh     TEXT NOT NULL DEFAULT '',
    audience_en     TEXT NOT NULL DEFAULT '',
    starts_at_utc   INTEGER NOT NULL,
    ends_at_utc     INTEGER NOT NULL,
    capacity        INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
    CHECK (ends_at_utc > starts_at_utc)
);
CREATE INDEX event_start ON event(starts_at_utc);
