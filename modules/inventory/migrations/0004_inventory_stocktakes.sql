-- Stocktakes: a count sheet of one warehouse's products with the book quantity
-- taken when each line was added; counted quantities are typed in while the
-- stocktake is a draft, and posting moves the difference to on-hand through the
-- stock ledger. A posted stocktake is reversed, never edited.
CREATE TABLE inventory_stocktake (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    number TEXT NOT NULL UNIQUE,
    doc_date TEXT NOT NULL,
    warehouse_id INTEGER NOT NULL REFERENCES core_warehouse(id),
    status TEXT NOT NULL DEFAULT 'draft',      -- draft | posted | reversed
    status_reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    posted_at TEXT NOT NULL DEFAULT '',
    posted_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX inventory_stocktake_date ON inventory_stocktake(doc_date);
CREATE INDEX inventory_stocktake_warehouse ON inventory_stocktake(warehouse_id, doc_date);

CREATE TABLE inventory_stocktake_line (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    stocktake_id INTEGER NOT NULL REFERENCES inventory_stocktake(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES core_product(id),
    book_milli INTEGER NOT NULL,               -- on-hand when the line was added to the sheet
    counted_milli INTEGER,                     -- NULL: not counted yet
    onhand_at_post_milli INTEGER,              -- set by posting
    variance_milli INTEGER,                    -- set by posting: counted - on-hand at posting
    unit_cost_minor INTEGER NOT NULL DEFAULT 0, -- of the variance move, base currency
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    UNIQUE (stocktake_id, product_id)
);
CREATE INDEX inventory_stocktake_line_stocktake ON inventory_stocktake_line(stocktake_id, line_no);
