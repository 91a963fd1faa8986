-- Orders: sales orders with their lines, payments and shipments (docs/modules/orders.md).

-- People read order numbers (SO-10001, SO-10002, ...); gaps after a rolled-back order are fine.
CREATE SEQUENCE order_numbers START 10001;

CREATE TABLE orders (
    id                uuid          PRIMARY KEY,
    number            text          NOT NULL DEFAULT 'SO-' || nextval('order_numbers'),
    customer_id       uuid          NOT NULL REFERENCES customers (id),
    store_id          uuid          REFERENCES stores (id),
    -- Where stock is taken from; an inventory location, checked by the inventory module when it holds stock.
    location_id       uuid,
    status            text          NOT NULL CHECK (status IN ('draft', 'pending', 'confirmed', 'in_production',
                                                               'ready', 'shipped', 'delivered', 'cancelled',
                                                               'refunded')),
    currency          char(3)       NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    subtotal          numeric(12,2) NOT NULL DEFAULT 0 CHECK (subtotal >= 0),
    shipping_amount   numeric(12,2) NOT NULL DEFAULT 0 CHECK (shipping_amount >= 0),
    total             numeric(12,2) NOT NULL DEFAULT 0 CHECK (total >= 0),
    paid_amount       numeric(12,2) NOT NULL DEFAULT 0 CHECK (paid_amount >= 0),
    payment_status    text          NOT NULL DEFAULT 'unpaid'
                                    CHECK (payment_status IN ('unpaid', 'partially_paid', 'paid', 'refunded')),
    notes             text          CHECK (length(notes) <= 10000),
    -- The note of the last status change, so the change log carries it into the order's history.
    status_note       text          CHECK (length(status_note) <= 1000),
    -- Until when a pending order's stock is held; null once confirmed (and for drafts).
    hold_expires_at   timestamptz,
    shipping_address  jsonb         CHECK (jsonb_typeof(shipping_address) = 'object'),
    -- Moved whenever the lines change, so the order's version (its ETag) covers its lines.
    lines_revision    integer       NOT NULL DEFAULT 0,
    version           integer       NOT NULL DEFAULT 1,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX orders_number_key ON orders (number);
-- q: number prefix (SO-100...); customer names go through the customers' trigram index.
CREATE INDEX orders_number_prefix_idx ON orders (number text_pattern_ops);
CREATE INDEX orders_status_idx ON orders (status, id);
CREATE INDEX orders_customer_idx ON orders (customer_id, id);
CREATE INDEX orders_store_idx ON orders (store_id, id);
CREATE INDEX orders_created_at_idx ON orders (created_at);
-- The expiry job's scan: only pending orders with a hold deadline.
CREATE INDEX orders_hold_expiry_idx ON orders (hold_expires_at) WHERE status = 'pending';

CREATE TABLE order_items (
    id                uuid          PRIMARY KEY,
    order_id          uuid          NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no           integer       NOT NULL CHECK (line_no > 0),
    sku               text          NOT NULL,
    -- Also what makes the catalog answer 409 has_dependents for an item that order lines refer to.
    item_id           uuid          NOT NULL REFERENCES catalog_items (id),
    variant_id        uuid          REFERENCES catalog_variants (id),
    vendor_id         uuid,
    name              text          NOT NULL,
    fulfillment       text          NOT NULL CHECK (fulfillment IN ('stock', 'made_to_order')),
    quantity          integer       NOT NULL CHECK (quantity > 0 AND quantity <= 100000),
    unit_price        numeric(12,2) NOT NULL CHECK (unit_price >= 0),
    price_overridden  boolean       NOT NULL DEFAULT false,
    line_total        numeric(12,2) NOT NULL CHECK (line_total >= 0),
    shipped_quantity  integer       NOT NULL DEFAULT 0 CHECK (shipped_quantity >= 0 AND shipped_quantity <= quantity),
    version           integer       NOT NULL DEFAULT 1,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX order_items_line_key ON order_items (order_id, line_no);
CREATE INDEX order_items_item_idx ON order_items (item_id);
CREATE INDEX order_items_variant_idx ON order_items (variant_id);
CREATE INDEX order_items_vendor_idx ON order_items (vendor_id, id);

ALTER TABLE order_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY all_rows ON order_items TO ${app_role} USING (true) WITH CHECK (true);
CREATE POLICY vendor_rows ON order_items TO ${vendor_role}
    USING (vendor_id = shopfloor_vendor_id())
    WITH CHECK (vendor_id = shopfloor_vendor_id());

CREATE TABLE payments (
    id           uuid          PRIMARY KEY,
    order_id     uuid          NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    amount       numeric(12,2) NOT NULL CHECK (amount > 0),
    currency     char(3)       NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    method       text          NOT NULL CHECK (method IN ('card', 'cash', 'bank_transfer', 'other')),
    status       text          NOT NULL CHECK (status IN ('pending', 'captured', 'failed', 'refunded')),
    reference    text          CHECK (length(reference) <= 200),
    refunded_at  timestamptz,
    version      integer       NOT NULL DEFAULT 1,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    updated_at   timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX payments_order_idx ON payments (order_id, id);

CREATE TABLE shipments (
    id               uuid        PRIMARY KEY,
    order_id         uuid        NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    carrier          text        NOT NULL CHECK (length(carrier) BETWEEN 1 AND 100),
    tracking_number  text        CHECK (length(tracking_number) <= 200),
    -- [{"orderItemId": "...", "quantity": n}, ...]
    lines            jsonb       NOT NULL CHECK (jsonb_typeof(lines) = 'array'),
    version          integer     NOT NULL DEFAULT 1,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX shipments_order_idx ON shipments (order_id, id);

-- An order's history reads its own changes and those of its lines, payments and shipments in one query.
CREATE INDEX change_log_order_children ON change_log (((coalesce(new_row, old_row) ->> 'order_id')::uuid), id)
    WHERE topic IN ('order_items', 'payments', 'shipments');

SELECT shopfloor_track('orders');
SELECT shopfloor_track('order_items');
SELECT shopfloor_track('payments');
SELECT shopfloor_track('shipments');
