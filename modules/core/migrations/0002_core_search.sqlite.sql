-- Search indexes (SQLite FTS5). The key text is normalised in C++ (see
-- search/normalizer.h) and written by the repositories.
-- *_fts: trigram index for fragments of three characters or more, queried with
--        LIKE '%fragment%' (detail=none keeps it small; LIKE checks the content).
-- *_fts_short: contentless index of words and CJK characters and bigrams, for
--        1–2 character fragments; rows are deleted with the 'delete' command.
CREATE VIRTUAL TABLE core_party_fts USING fts5(key, tokenize='trigram', detail='none');
CREATE VIRTUAL TABLE core_party_fts_short USING fts5(key, tokenize='unicode61', prefix='1 2', detail='none', content='');
CREATE VIRTUAL TABLE core_product_fts USING fts5(key, tokenize='trigram', detail='none');
CREATE VIRTUAL TABLE core_product_fts_short USING fts5(key, tokenize='unicode61', prefix='1 2', detail='none', content='');
