-- Transfers between warehouses and requisitions (goods issued for internal use):
-- drafts until posted through the stock ledger; a posted one is reversed, never edited.
CREATE TABLE inventory_document (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,                        -- 'transfer' | 'requisition'
    number TEXT NOT NULL UNIQUE,
    doc_date TEXT NOT NULL,
    from_warehouse_id INTEGER NOT NULL REFERENCES core_warehouse(id),
    to_warehouse_id INTEGER REFERENCES core_warehouse(id), -- transfers
    department TEXT NOT NULL DEFAULT '',       -- requisitions
    purpose TEXT NOT NULL DEFAULT '',          -- requisitions
    status TEXT NOT NULL DEFAULT 'draft',      -- draft | posted | reversed
    status_reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    posted_at TEXT NOT NULL DEFAULT '',
    posted_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX inventory_document_kind_date ON inventory_document(kind, doc_date);

CREATE TABLE inventory_document_line (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES inventory_document(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES core_product(id),
    quantity_milli INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX inventory_document_line_document ON inventory_document_line(document_id, line_no);
