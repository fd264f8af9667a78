-- Parties are looked up by owner (the owner filter, the foreign key check when
-- a user is deleted) only for a given owner, never for none; most parties —
-- every imported one — have none, and each wrote an entry no query read.
DROP INDEX core_party_owner;
CREATE INDEX core_party_owner ON core_party(owner_id) WHERE owner_id IS NOT NULL;
