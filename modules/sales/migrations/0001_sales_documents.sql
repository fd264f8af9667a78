-- Quotations and sales orders share one document table (kind) and one line table.
-- Amounts are cached from Pricing::price() when a document is saved, for lists.
CREATE TABLE sales_document (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,                       -- 'quotation' | 'order'
    number TEXT NOT NULL UNIQUE,
    revision INTEGER NOT NULL DEFAULT 0,      -- quotations: 0, 1, 2 … for revisions
    revision_of_id INTEGER REFERENCES sales_document(id),
    source_id INTEGER REFERENCES sales_document(id), -- an order's quotation
    customer_id INTEGER NOT NULL REFERENCES core_party(id),
    contact_id INTEGER REFERENCES core_contact(id),
    salesperson_id INTEGER REFERENCES core_user(id),
    doc_date TEXT NOT NULL,
    valid_until TEXT NOT NULL DEFAULT '',     -- quotations
    delivery_date TEXT NOT NULL DEFAULT '',   -- orders
    currency TEXT NOT NULL,
    rate_micros INTEGER NOT NULL DEFAULT 1000000,
    payment_terms_id INTEGER REFERENCES core_payment_terms(id),
    tax_mode TEXT NOT NULL DEFAULT 'exclusive',
    rounding TEXT NOT NULL DEFAULT 'line',
    discount_bp INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'draft',
    status_reason TEXT NOT NULL DEFAULT '',   -- lost or cancelled because …
    notes TEXT NOT NULL DEFAULT '',
    net_minor INTEGER NOT NULL DEFAULT 0,
    tax_minor INTEGER NOT NULL DEFAULT 0,
    total_minor INTEGER NOT NULL DEFAULT 0,
    total_base_minor INTEGER NOT NULL DEFAULT 0,
    confirmed_at TEXT NOT NULL DEFAULT '',
    confirmed_by TEXT NOT NULL DEFAULT '',
    approved_by TEXT NOT NULL DEFAULT '',     -- a manager's approval of a guardrail breach
    approved_at TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sales_document_kind_number ON sales_document(kind, number);
CREATE INDEX sales_document_kind_date ON sales_document(kind, doc_date);
CREATE INDEX sales_document_customer ON sales_document(customer_id, kind, doc_date);
CREATE INDEX sales_document_source ON sales_document(source_id);
CREATE INDEX sales_document_revision_of ON sales_document(revision_of_id);

CREATE TABLE sales_document_line (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES sales_document(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    product_id INTEGER REFERENCES core_product(id),
    description TEXT NOT NULL DEFAULT '',
    quantity_milli INTEGER NOT NULL,
    unit_id INTEGER REFERENCES core_unit(id),
    unit_price_minor INTEGER NOT NULL,        -- in the document's tax mode
    discount_bp INTEGER NOT NULL DEFAULT 0,
    tax_bp INTEGER NOT NULL DEFAULT 0,
    amount_minor INTEGER NOT NULL DEFAULT 0,
    tax_minor INTEGER NOT NULL DEFAULT 0,
    total_minor INTEGER NOT NULL DEFAULT 0,
    source_line_id INTEGER REFERENCES sales_document_line(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sales_document_line_document ON sales_document_line(document_id, line_no);
CREATE INDEX sales_document_line_product ON sales_document_line(product_id);
CREATE INDEX sales_document_line_source ON sales_document_line(source_line_id);
