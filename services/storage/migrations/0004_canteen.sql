-- 0004: the canteen: residents' birth dates and tags, dishes, menus (offers by date and meal
-- period, with their quota), the subsidy rules as data, meal orders and the 爱心券 voucher
-- ledger. Money is INTEGER fen; times INTEGER UTC epoch seconds; meal dates 'YYYY-MM-DD' in
-- the hall's time zone. Overselling is impossible by construction: taken <= quota is a CHECK,
-- and servings are taken in the transaction that writes the order.

ALTER TABLE resident ADD COLUMN birth_date TEXT; -- 'YYYY-MM-DD'; NULL when unknown (no age subsidy)

-- Tags a subsidy or delivery rule may name: 低保, 特困, 失能, 独居, 残疾 ...
CREATE TABLE resident_tag (
    resident_id TEXT NOT NULL REFERENCES resident(id) ON DELETE CASCADE,
    tag         TEXT NOT NULL CHECK (length(tag) > 0),
    PRIMARY KEY (resident_id, tag)
) WITHOUT ROWID;

-- The canteen's rules (subsidy, delivery, ordering limits) as the content states them, in JSON:
-- parsed and validated by services/canteen whenever they are read, never written into code.
CREATE TABLE canteen_rules (
    canteen_id TEXT PRIMARY KEY REFERENCES canteen(id) ON DELETE CASCADE,
    rules_json TEXT NOT NULL
);

CREATE TABLE canteen_dish (
    id         TEXT PRIMARY KEY,
    canteen_id TEXT NOT NULL REFERENCES canteen(id) ON DELETE CASCADE,
    name_zh    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    category   TEXT NOT NULL CHECK (category IN ('set', 'meat', 'vegetable', 'soup', 'staple')),
    price_fen  INTEGER NOT NULL CHECK (price_fen > 0),
    tags       TEXT NOT NULL DEFAULT '',  -- space-separated: soft low_salt low_sugar vegetarian halal
    allergens  TEXT NOT NULL DEFAULT '',  -- space-separated: egg soy fish gluten ...
    picture    TEXT NOT NULL DEFAULT ''
);

-- One dish on the menu of one meal: its price, servings and times for that meal.
CREATE TABLE canteen_offer (
    id               TEXT PRIMARY KEY,   -- '<meal date>.<period>.<dish id>'
    canteen_id       TEXT NOT NULL REFERENCES canteen(id) ON DELETE CASCADE,
    dish_id          TEXT NOT NULL REFERENCES canteen_dish(id) ON DELETE CASCADE,
    meal_date        TEXT NOT NULL,
    period           TEXT NOT NULL CHECK (period IN ('breakfast', 'lunch', 'dinner')),
    price_fen        INTEGER NOT NULL CHECK (price_fen > 0),
    quota            INTEGER NOT NULL CHECK (quota >= 0),
    taken            INTEGER NOT NULL DEFAULT 0,
    order_by_utc     INTEGER NOT NULL,   -- the cut-off: orders and cancellations before it
    pickup_from_utc  INTEGER NOT NULL,
    pickup_to_utc    INTEGER NOT NULL,
    delivery         INTEGER NOT NULL DEFAULT 0 CHECK (delivery IN (0, 1)),
    delivery_from_utc INTEGER,
    delivery_to_utc  INTEGER,
    removed          INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    CHECK (taken >= 0 AND taken <= quota),
    CHECK (pickup_to_utc > pickup_from_utc),
    UNIQUE (meal_date, period, dish_id)
);
CREATE INDEX canteen_offer_day ON canteen_offer(meal_date, period);
CREATE INDEX canteen_offer_dish ON canteen_offer(dish_id, meal_date);

CREATE TABLE meal_order (
    id                 TEXT PRIMARY KEY,      -- UUID, born here
    code               TEXT NOT NULL UNIQUE,  -- short code the resident reads
    resident_id        TEXT NOT NULL REFERENCES resident(id),
    offer_id           TEXT NOT NULL,         -- kept when sync removes the offer
    dish_id            TEXT NOT NULL,
    meal_date          TEXT NOT NULL,
    period             TEXT NOT NULL CHECK (period IN ('breakfast', 'lunch', 'dinner')),
    quantity           INTEGER NOT NULL CHECK (quantity >= 1),
    unit_price_fen     INTEGER NOT NULL CHECK (unit_price_fen > 0),
    price_fen          INTEGER NOT NULL CHECK (price_fen >= 0),
    subsidy_fen        INTEGER NOT NULL CHECK (subsidy_fen >= 0),
    subsidised_portions INTEGER NOT NULL DEFAULT 0 CHECK (subsidised_portions >= 0),
    delivery_fee_fen   INTEGER NOT NULL DEFAULT 0 CHECK (delivery_fee_fen >= 0),
    voucher_fen        INTEGER NOT NULL DEFAULT 0 CHECK (voucher_fen >= 0),
    to_pay_fen         INTEGER NOT NULL CHECK (to_pay_fen >= 0),
    delivery           INTEGER NOT NULL DEFAULT 0 CHECK (delivery IN (0, 1)),
    order_by_utc       INTEGER NOT NULL,      -- the offer's cut-off: cancellable before it
    status             TEXT NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
    created_at_utc     INTEGER NOT NULL,
    updated_at_utc     INTEGER NOT NULL,
    CHECK (price_fen + delivery_fee_fen = subsidy_fen + voucher_fen + to_pay_fen)
);
CREATE INDEX meal_order_resident ON meal_order(resident_id, status, meal_date);
CREATE INDEX meal_order_meal ON meal_order(meal_date, period, status);

-- 爱心券: every credit (+) and debit (-) is a row with its reason and order; the balance is the sum.
CREATE TABLE voucher_ledger (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,    -- UUID
    resident_id TEXT NOT NULL REFERENCES resident(id),
    amount_fen  INTEGER NOT NULL CHECK (amount_fen <> 0),
    reason      TEXT NOT NULL CHECK (reason IN ('grant', 'order', 'refund', 'adjustment')),
    order_id    TEXT REFERENCES meal_order(id),
    note_zh     TEXT NOT NULL DEFAULT '',
    note_en     TEXT NOT NULL DEFAULT '',
    at_utc      INTEGER NOT NULL
);
CREATE INDEX voucher_ledger_resident ON voucher_ledger(resident_id, seq);

-- The balance never goes negative, whoever writes the row.
CREATE TRIGGER voucher_ledger_never_negative AFTER INSERT ON voucher_ledger
WHEN (SELECT sum(amount_fen) FROM voucher_ledger WHERE resident_id = NEW.resident_id) < 0
BEGIN
    SELECT RAISE(ABORT, 'voucher balance would go below zero');
END;
