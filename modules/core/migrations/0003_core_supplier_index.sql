-- The supplier list is the only reader of core_party_supplier_name, always with
-- is_supplier = 1 (sorted by name, paged by (name, id)). Its entries for the
-- other parties — every customer — were written and never read: importing
-- 100,000 customers kept them up to date for nothing. The index now holds the
-- suppliers only; the same queries use it.
DROP INDEX core_party_supplier_name;
CREATE INDEX core_party_supplier_name ON core_party(name) WHERE is_supplier = 1;
