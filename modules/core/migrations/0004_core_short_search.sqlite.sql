-- The short-fragment indexes hold their prefix tokens themselves: the first one
-- and two characters of every word (see Normalizer::shortIndexText), besides
-- the CJK characters and pairs they always held. FTS5's own prefix indexes
-- (prefix='1 2') wrote three entries for every token, CJK ones included, and the
-- row sizes (columnsize) fed a ranking no search uses. Both indexes are rebuilt
-- from the text kept by the trigram indexes.
DROP TABLE core_party_fts_short;
CREATE VIRTUAL TABLE core_party_fts_short USING fts5(key, tokenize='unicode61', detail='none', content='', columnsize=0);
INSERT INTO core_party_fts_short(rowid, key) SELECT rowid, crm_short_index_text(key) FROM core_party_fts;
DROP TABLE core_product_fts_short;
CREATE VIRTUAL TABLE core_product_fts_short USING fts5(key, tokenize='unicode61', detail='none', content='', columnsize=0);
INSERT INTO core_product_fts_short(rowid, key) SELECT rowid, crm_short_index_text(key) FROM core_product_fts;
