-- Indexes of the stock pages: the ledger filtered by document type or by month,
-- each read newest first (move_date, id) and stopped after the first screen.
CREATE INDEX inventory_move_type ON inventory_move(source_type, move_date, id);
CREATE INDEX inventory_move_month ON inventory_move((substr(move_date, 1, 7)), move_date, id);
-- Totals per product (safety-stock alerts, slow movers) read from the index alone.
CREATE INDEX inventory_onhand_product_totals ON inventory_onhand(product_id, quantity_milli, last_out_date, last_in_date);
