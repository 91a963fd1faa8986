-- Customers: the people and companies we sell to, their addresses, and the log of what we said to them.

-- The text free-text search (q) looks in; immutable, so an expression index can hold it.
CREATE FUNCTION customers_search_text(name text, email text, company text, phone text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lower(name || ' ' || coalesce(email, '') || ' ' || coalesce(company, '') || ' ' || coalesce(phone, ''))
$$;

CREATE TABLE customers (
    id                    uuid        PRIMARY KEY,
    name                  text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    email                 text        CHECK (email ~ '^[^@\s]+@[^@\s]+$' AND length(email) <= 254),
    phone                 text        CHECK (length(phone) <= 50),
    company               text        CHECK (length(company) <= 200),
    tags                  text[]      NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 50),
    notes                 text        CHECK (length(notes) <= 10000),
    archived_at           timestamptz,
    -- Moved whenever the address set changes, so the customer's version (and ETag) moves with it.
    addresses_changed_at  timestamptz,
    version               integer     NOT NULL DEFAULT 1,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX customers_email_key ON customers (lower(email));
CREATE INDEX customers_search_trgm ON customers
    USING gin (customers_search_text(name, email, company, phone) gin_trgm_ops);
CREATE INDEX customers_tags_gin ON customers USING gin (tags);
CREATE INDEX customers_created_at_idx ON customers (created_at);
CREATE INDEX customers_active_idx ON customers (id) WHERE archived_at IS NULL;
CREATE INDEX customers_archived_idx ON customers (id) WHERE archived_at IS NOT NULL;

CREATE TABLE customer_addresses (
    id           uuid        PRIMARY KEY,
    customer_id  uuid        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    label        text        CHECK (length(label) <= 100),
    kind         text        NOT NULL CHECK (kind IN ('shipping', 'billing')),
    line1        text        NOT NULL CHECK (length(line1) BETWEEN 1 AND 200),
    line2        text        CHECK (length(line2) <= 200),
    city         text        NOT NULL CHECK (length(city) BETWEEN 1 AND 100),
    region       text        CHECK (length(region) <= 100),
    postal_code  text        CHECK (length(postal_code) <= 20),
    country      char(2)     NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    is_default   boolean     NOT NULL DEFAULT false,
    version      integer     NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    -- One default address per kind; checked at commit, so a default can move between rows in one PUT.
    CONSTRAINT customer_addresses_one_default EXCLUDE USING btree (customer_id WITH =, kind WITH =)
        WHERE (is_default) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX customer_addresses_customer_idx ON customer_addresses (customer_id);
CREATE INDEX customer_addresses_city_idx ON customer_addresses (lower(city), customer_id);

-- Append-only: the application may add entries but never change or remove them (a customer's hard
-- delete still removes them through the cascade, which runs with the table owner's rights).
CREATE TABLE customer_communications (
    id           uuid        PRIMARY KEY,
    customer_id  uuid        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind         text        NOT NULL CHECK (kind IN ('note', 'call', 'email', 'meeting')),
    direction    text        CHECK (direction IN ('in', 'out')),
    subject      text        CHECK (length(subject) <= 200),
    body         text        NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    author_id    uuid,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customer_communications_timeline_idx
    ON customer_communications (customer_id, occurred_at DESC, id DESC);
REVOKE UPDATE, DELETE ON customer_communications FROM ${app_role}, ${vendor_role};

SELECT shopfloor_track('customers');
SELECT shopfloor_track('customer_addresses');
SELECT shopfloor_track('customer_communications');
