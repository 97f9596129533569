-- 0005: home delivery: residents' registered addresses (residents capability) and the
-- canteen's delivery rounds, in the order they are driven, with the stops of each round in
-- the order they are visited and the delivery notes for each stop.

-- Where a resident's meals are delivered; the hall's city and district are implied. Shown in
-- full only to staff (the delivery list); the kiosk's screen masks unit and door.
CREATE TABLE resident_address (
    resident_id TEXT PRIMARY KEY REFERENCES resident(id) ON DELETE CASCADE,
    area_zh     TEXT NOT NULL CHECK (length(area_zh) > 0), -- the compound or lane: 小河佳苑北区
    area_en     TEXT NOT NULL CHECK (length(area_en) > 0),
    building    TEXT NOT NULL DEFAULT '',                  -- 幢; '' for a house on a lane
    unit        TEXT NOT NULL DEFAULT '',                  -- 单元; '' when there is none
    door        TEXT NOT NULL CHECK (length(door) > 0),    -- 室, or 号 without a building
    CHECK (unit = '' OR building <> '')
);

-- A canteen's delivery rounds, driven in `position` order (1, 2 ...).
CREATE TABLE delivery_round (
    id         TEXT PRIMARY KEY,
    canteen_id TEXT NOT NULL REFERENCES canteen(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 1),
    name_zh    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    UNIQUE (canteen_id, position)
);

-- A resident's stop on one round of a canteen: visited in `position` order; one stop per
-- resident and canteen. The note is for the person delivering ("请多敲门，老人耳背").
CREATE TABLE delivery_stop (
    canteen_id  TEXT NOT NULL REFERENCES canteen(id) ON DELETE CASCADE,
    resident_id TEXT NOT NULL REFERENCES resident(id) ON DELETE CASCADE,
    round_id    TEXT NOT NULL REFERENCES delivery_round(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 1),
    note_zh     TEXT NOT NULL DEFAULT '',
    note_en     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (canteen_id, resident_id),
    UNIQUE (round_id, position)
) WITHOUT ROWID;
