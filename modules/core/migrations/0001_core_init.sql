-- Core master data shared by every module. Business rows carry uuid,
-- created_at, updated_at and updated_by (a login) for offline sync.

CREATE TABLE core_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL DEFAULT ''
);

CREATE TABLE core_role (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    max_discount_bp INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE core_role_permission (
    role_id INTEGER NOT NULL REFERENCES core_role(id) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (role_id, permission)
);

CREATE TABLE core_user (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    login TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    role_id INTEGER NOT NULL REFERENCES core_role(id),
    manager_id INTEGER REFERENCES core_user(id),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE core_currency (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    symbol TEXT NOT NULL DEFAULT '',
    decimals INTEGER NOT NULL DEFAULT 2,
    -- units of base currency per 1 unit of this currency, scaled by 10^6
    rate_micros INTEGER NOT NULL DEFAULT 1000000,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE core_currency_rate (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    currency_id INTEGER NOT NULL REFERENCES core_currency(id) ON DELETE CASCADE,
    valid_from TEXT NOT NULL,
    rate_micros INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    UNIQUE (currency_id, valid_from)
);

CREATE TABLE core_tax_rate (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    rate_bp INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE core_payment_terms (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    days INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE core_unit (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE core_product_category (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    parent_id INTEGER REFERENCES core_product_category(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE core_warehouse (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE core_party (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    is_customer INTEGER NOT NULL DEFAULT 0,
    is_supplier INTEGER NOT NULL DEFAULT 0,
    party_type TEXT NOT NULL DEFAULT 'company',
    industry TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    shipping_address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL DEFAULT '',
    fax TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    tax_id TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    owner_id INTEGER REFERENCES core_user(id),
    status TEXT NOT NULL DEFAULT 'prospect',
    credit_limit_minor INTEGER NOT NULL DEFAULT 0,
    payment_terms_id INTEGER REFERENCES core_payment_terms(id),
    currency TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    name_key TEXT NOT NULL DEFAULT '',
    phone_key TEXT NOT NULL DEFAULT '',
    email_key TEXT NOT NULL DEFAULT '',
    tax_key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX core_party_customer_name ON core_party(is_customer, name);
CREATE INDEX core_party_customer_code ON core_party(is_customer, code);
CREATE INDEX core_party_supplier_name ON core_party(is_supplier, name);
CREATE INDEX core_party_name_key ON core_party(name_key);
CREATE INDEX core_party_phone_key ON core_party(phone_key);
CREATE INDEX core_party_email_key ON core_party(email_key);
CREATE INDEX core_party_tax_key ON core_party(tax_key);
CREATE INDEX core_party_owner ON core_party(owner_id);

CREATE TABLE core_contact (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    party_id INTEGER NOT NULL REFERENCES core_party(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    is_primary INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    phone_key TEXT NOT NULL DEFAULT '',
    email_key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX core_contact_party ON core_contact(party_id);
CREATE INDEX core_contact_phone_key ON core_contact(phone_key);
CREATE INDEX core_contact_email_key ON core_contact(email_key);

CREATE TABLE core_product (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    specification TEXT NOT NULL DEFAULT '',
    unit_id INTEGER REFERENCES core_unit(id),
    category_id INTEGER REFERENCES core_product_category(id),
    barcode TEXT NOT NULL DEFAULT '',
    cost_minor INTEGER NOT NULL DEFAULT 0,
    sale_price_minor INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT '',
    tax_rate_id INTEGER REFERENCES core_tax_rate(id),
    warranty_months INTEGER NOT NULL DEFAULT 0,
    safety_stock_milli INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    notes TEXT NOT NULL DEFAULT '',
    dup_key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX core_product_name ON core_product(name);
CREATE INDEX core_product_category_name ON core_product(category_id, name);
CREATE INDEX core_product_barcode ON core_product(barcode);
CREATE INDEX core_product_dup_key ON core_product(dup_key);

-- Document numbering per type; `next_value` advances inside the caller's
-- transaction, so a rolled-back document leaves no gap.
CREATE TABLE core_numbering (
    doc_type TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    next_value INTEGER NOT NULL DEFAULT 1,
    width INTEGER NOT NULL DEFAULT 6
);

INSERT INTO core_numbering(doc_type, code, next_value, width) VALUES ('core.customer', 'CU', 1, 6);
INSERT INTO core_numbering(doc_type, code, next_value, width) VALUES ('core.supplier', 'SU', 1, 6);
INSERT INTO core_numbering(doc_type, code, next_value, width) VALUES ('core.product', 'P', 1, 6);

-- Sorting the customer list by these columns walks an index.
CREATE INDEX core_party_customer_city ON core_party(is_customer, city);
CREATE INDEX core_party_customer_region ON core_party(is_customer, region);
CREATE INDEX core_party_customer_level ON core_party(is_customer, level);
CREATE INDEX core_party_customer_status ON core_party(is_customer, status);
