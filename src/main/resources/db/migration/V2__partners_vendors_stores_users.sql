-- Partners: vendors (who supplies catalog items), stores (which store an order or stock belongs to), users.

CREATE TABLE vendors (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    email       text,
    phone       text,
    website     text,
    notes       text,
    active      boolean     NOT NULL DEFAULT true,
    version     integer     NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX vendors_name_key ON vendors (lower(name));

CREATE TABLE stores (
    id          uuid        PRIMARY KEY,
    code        text        NOT NULL CHECK (code ~ '^[A-Z0-9_-]{1,32}$'),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    currency    char(3)     NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
    timezone    text        NOT NULL DEFAULT 'UTC',
    active      boolean     NOT NULL DEFAULT true,
    version     integer     NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX stores_code_key ON stores (code);

CREATE TABLE users (
    id             uuid        PRIMARY KEY,
    email          text        NOT NULL CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
    password_hash  text        NOT NULL,
    name           text,
    role           text        NOT NULL CHECK (role IN ('ADMIN', 'MANAGER', 'STAFF', 'VENDOR', 'VIEWER')),
    vendor_id      uuid        REFERENCES vendors (id),
    store_ids      uuid[]      NOT NULL DEFAULT '{}',
    active         boolean     NOT NULL DEFAULT true,
    version        integer     NOT NULL DEFAULT 1,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_vendor_role CHECK ((role = 'VENDOR') = (vendor_id IS NOT NULL))
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_vendor_idx ON users (vendor_id) WHERE vendor_id IS NOT NULL;

SELECT shopfloor_track('vendors');
SELECT shopfloor_track('stores');
SELECT shopfloor_track('users', 'password_hash');
