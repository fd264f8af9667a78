-- Samples and loans: goods out to a customer with a due-back date. Each return is
-- a dated document of its own (its stock moves come back by its uuid); what the
-- customer keeps becomes a sales order, linked line by line.
CREATE TABLE sales_loan (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,                       -- 'loan' | 'sample'
    number TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES core_party(id),
    contact_id INTEGER REFERENCES core_contact(id),
    doc_date TEXT NOT NULL,
    due_date TEXT NOT NULL,                   -- when the goods are due back
    status TEXT NOT NULL DEFAULT 'draft',     -- draft | out | returned | closed | reversed
    status_reason TEXT NOT NULL DEFAULT '',
    outstanding_milli INTEGER NOT NULL DEFAULT 0, -- still with the customer (out − returned − sold), for lists
    notes TEXT NOT NULL DEFAULT '',
    posted_at TEXT NOT NULL DEFAULT '',
    posted_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sales_loan_date ON sales_loan(doc_date);
CREATE INDEX sales_loan_due ON sales_loan(status, due_date);
CREATE INDEX sales_loan_customer ON sales_loan(customer_id, doc_date);

CREATE TABLE sales_loan_line (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    loan_id INTEGER NOT NULL REFERENCES sales_loan(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES core_product(id),
    warehouse_id INTEGER NOT NULL REFERENCES core_warehouse(id),
    quantity_milli INTEGER NOT NULL,          -- out
    returned_milli INTEGER NOT NULL DEFAULT 0,
    converted_milli INTEGER NOT NULL DEFAULT 0, -- sold on a sales order
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sales_loan_line_loan ON sales_loan_line(loan_id, line_no);
CREATE INDEX sales_loan_line_product ON sales_loan_line(product_id);

CREATE TABLE sales_loan_return (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    loan_id INTEGER NOT NULL REFERENCES sales_loan(id),
    number TEXT NOT NULL UNIQUE,
    doc_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sales_loan_return_loan ON sales_loan_return(loan_id, doc_date);

CREATE TABLE sales_loan_return_line (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    return_id INTEGER NOT NULL REFERENCES sales_loan_return(id) ON DELETE CASCADE,
    loan_line_id INTEGER NOT NULL REFERENCES sales_loan_line(id),
    warehouse_id INTEGER NOT NULL REFERENCES core_warehouse(id), -- where the goods came back to
    quantity_milli INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sales_loan_return_line_return ON sales_loan_return_line(return_id);
CREATE INDEX sales_loan_return_line_loan_line ON sales_loan_return_line(loan_line_id);

-- A loan line (part of it) sold: the order line that sold it.
CREATE TABLE sales_loan_sale_line (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    loan_line_id INTEGER NOT NULL REFERENCES sales_loan_line(id),
    order_line_id INTEGER NOT NULL REFERENCES sales_document_line(id),
    quantity_milli INTEGER NOT NULL,
    doc_date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sales_loan_sale_line_loan_line ON sales_loan_sale_line(loan_line_id);
CREATE INDEX sales_loan_sale_line_order_line ON sales_loan_sale_line(order_line_id);
