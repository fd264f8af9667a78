-- Search indexes (SQLite FTS5). The key text is normalised in C++ (see
-- search/normalizer.h) and written by the repositories.
-- *_fts: trigram index for fragments of three characters or more.
-- *_fts_short: words and CJK bigrams with prefix indexes, for 1–2 character fragments.
CREATE VIRTUAL TABLE core_party_fts USING fts5(key, tokenize='trigram');
CREATE VIRTUAL TABLE core_party_fts_short USING fts5(key, tokenize='unicode61', prefix='1 2', detail='none');
CREATE VIRTUAL TABLE core_product_fts USING fts5(key, tokenize='trigram');
CREATE VIRTUAL TABLE core_product_fts_short USING fts5(key, tokenize='unicode61', prefix='1 2', detail='none');
