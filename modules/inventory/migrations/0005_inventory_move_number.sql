-- The stock ledger is searched by document number as well as by product.
CREATE INDEX inventory_move_number ON inventory_move(source_number);
