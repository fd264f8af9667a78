-- The stock ledger: every movement of goods is a posted move; on-hand per product
-- and warehouse is kept in step in the same transaction (and can be recomputed
-- from the moves by `crmsuite-cli check`).
CREATE TABLE inventory_move (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    product_id INTEGER NOT NULL REFERENCES core_product(id),
    warehouse_id INTEGER NOT NULL REFERENCES core_warehouse(id),
    quantity_milli INTEGER NOT NULL,           -- > 0 in, < 0 out
    unit_cost_minor INTEGER NOT NULL DEFAULT 0, -- base currency
    move_date TEXT NOT NULL,
    source_type TEXT NOT NULL,                 -- e.g. 'sales.shipment', 'inventory.transfer'
    source_number TEXT NOT NULL,
    source_uuid TEXT NOT NULL,
    reverses_id INTEGER REFERENCES inventory_move(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX inventory_move_product ON inventory_move(product_id, warehouse_id, id);
CREATE INDEX inventory_move_warehouse ON inventory_move(warehouse_id, move_date);
CREATE INDEX inventory_move_source ON inventory_move(source_uuid);
CREATE INDEX inventory_move_date ON inventory_move(move_date, id);

CREATE TABLE inventory_onhand (
    product_id INTEGER NOT NULL REFERENCES core_product(id),
    warehouse_id INTEGER NOT NULL REFERENCES core_warehouse(id),
    quantity_milli INTEGER NOT NULL DEFAULT 0,
    last_in_date TEXT NOT NULL DEFAULT '',
    last_out_date TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (product_id, warehouse_id)
);
CREATE INDEX inventory_onhand_warehouse ON inventory_onhand(warehouse_id, product_id);

-- Quantities promised to confirmed documents (sales orders) and not yet shipped;
-- warehouse_id NULL: not tied to a warehouse.
CREATE TABLE inventory_reservation (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES core_product(id),
    warehouse_id INTEGER REFERENCES core_warehouse(id),
    quantity_milli INTEGER NOT NULL,
    source_type TEXT NOT NULL,
    source_number TEXT NOT NULL,
    source_uuid TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX inventory_reservation_product ON inventory_reservation(product_id);
CREATE INDEX inventory_reservation_source ON inventory_reservation(source_uuid);
