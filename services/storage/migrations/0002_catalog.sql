-- 0002: one search index over guides, places (facilities and rooms), events and notices.
-- Rebuilt from the content tables by catalog::rebuildSearchIndex after every content load or
-- sync, so it is derived data: dropping it loses nothing.
-- The trigram tokenizer gives Chinese substring search without a word segmenter; pinyin holds
-- the full spellings of the title (one per reading of polyphonic characters, space-separated)
-- and initials their first letters, so Latin keys find Chinese titles.
-- valid_from/valid_until (UTC seconds) hide events that ended and notices out of their window.
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED,
    ref_id UNINDEXED,
    rank_boost UNINDEXED,
    valid_from UNINDEXED,
    valid_until UNINDEXED,
    subtitle_zh UNINDEXED,
    subtitle_en UNINDEXED,
    title_zh,
    title_en,
    keywords,
    pinyin,
    initials,
    body,
    tokenize = 'trigram'
);

-- Words of one or two characters are below the trigram tokenizer's reach. search_gram holds,
-- per search_index row (same rowid), every character and character pair of the Chinese title
-- and keywords, the English title's words and the pinyin spellings, as whole tokens, so
-- "卡", "老年" or "ka" are index lookups (exact tokens for Chinese, prefixes for Latin).
CREATE VIRTUAL TABLE search_gram USING fts5(
    grams,
    tokenize = 'unicode61 remove_diacritics 2'
);
