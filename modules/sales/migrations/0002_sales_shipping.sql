-- Shipping: couriers, shipping notices and shipments (one table, by kind), their
-- lines against order lines, and the quantity of each order line shipped so far.
CREATE TABLE sales_courier (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    tracking_url TEXT NOT NULL DEFAULT '',    -- {tracking} stands for the tracking number
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sales_shipment (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,                       -- 'notice' | 'shipment'
    number TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES core_party(id),
    contact_id INTEGER REFERENCES core_contact(id),
    doc_date TEXT NOT NULL,
    requested_date TEXT NOT NULL DEFAULT '',  -- notices: when the customer wants the goods
    ship_to_address TEXT NOT NULL DEFAULT '',
    ship_to_contact TEXT NOT NULL DEFAULT '',
    ship_to_phone TEXT NOT NULL DEFAULT '',
    courier_id INTEGER REFERENCES sales_courier(id),
    tracking_number TEXT NOT NULL DEFAULT '',
    notice_id INTEGER REFERENCES sales_shipment(id), -- the notice a shipment was made from
    status TEXT NOT NULL DEFAULT 'draft',     -- draft | posted | reversed (shipments); draft | issued (notices)
    status_reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    posted_at TEXT NOT NULL DEFAULT '',
    posted_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sales_shipment_kind_date ON sales_shipment(kind, doc_date);
CREATE INDEX sales_shipment_customer ON sales_shipment(customer_id, kind, doc_date);
CREATE INDEX sales_shipment_notice ON sales_shipment(notice_id);

CREATE TABLE sales_shipment_line (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    shipment_id INTEGER NOT NULL REFERENCES sales_shipment(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    order_line_id INTEGER REFERENCES sales_document_line(id),
    product_id INTEGER NOT NULL REFERENCES core_product(id),
    warehouse_id INTEGER REFERENCES core_warehouse(id), -- shipments; notices may leave it open
    quantity_milli INTEGER NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sales_shipment_line_shipment ON sales_shipment_line(shipment_id, line_no);
CREATE INDEX sales_shipment_line_order_line ON sales_shipment_line(order_line_id);

ALTER TABLE sales_document_line ADD COLUMN shipped_milli INTEGER NOT NULL DEFAULT 0;
