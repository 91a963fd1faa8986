-- Inventory: locations, stock levels per SKU and location, the append-only movements ledger and reservations.
-- The database keeps the books, so no code path can get them wrong:
--   * on_hand changes only when a movement is written (trigger below); the application may not UPDATE it.
--   * reserved is the sum of the level's active reservations (trigger below); the application may not UPDATE it.
--   * CHECK (on_hand >= 0 AND reserved >= 0 AND reserved <= on_hand) refuses overselling as the last wall.
-- Writers lock the levels they touch in id order first (InventoryLedger), so concurrent orders never deadlock.

CREATE TABLE locations (
    id          uuid        PRIMARY KEY,
    code        text        NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$'),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind        text        NOT NULL DEFAULT 'warehouse' CHECK (kind IN ('warehouse', 'store')),
    store_id    uuid        REFERENCES stores (id),
    address     text        CHECK (length(address) <= 500),
    active      boolean     NOT NULL DEFAULT true,
    version     integer     NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX locations_code_key ON locations (lower(code));
CREATE INDEX locations_store ON locations (store_id);
SELECT shopfloor_track('locations');

CREATE TABLE stock_levels (
    id                uuid        PRIMARY KEY,
    -- The SKU's registry entry: renaming or deleting a SKU that has stock is refused (409 has_dependents).
    sku_key           text        NOT NULL REFERENCES catalog_skus (sku_key),
    location_id       uuid        NOT NULL REFERENCES locations (id),
    -- Copied from the catalog when the level is created (trigger), for filtering, RLS and live-sync events.
    sku               text        NOT NULL,
    item_id           uuid        NOT NULL REFERENCES catalog_items (id),
    variant_id        uuid        REFERENCES catalog_variants (id),
    vendor_id         uuid,
    on_hand           integer     NOT NULL DEFAULT 0,
    reserved          integer     NOT NULL DEFAULT 0,
    reorder_point     integer     NOT NULL DEFAULT 0 CHECK (reorder_point >= 0),
    reorder_quantity  integer     NOT NULL DEFAULT 0 CHECK (reorder_quantity >= 0),
    version           integer     NOT NULL DEFAULT 1,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT stock_levels_quantities CHECK (on_hand >= 0 AND reserved >= 0 AND reserved <= on_hand),
    CONSTRAINT stock_levels_sku_location UNIQUE (sku_key, location_id)
);
CREATE INDEX stock_levels_location ON stock_levels (location_id, id);
CREATE INDEX stock_levels_item ON stock_levels (item_id);
CREATE INDEX stock_levels_vendor ON stock_levels (vendor_id);
CREATE INDEX stock_levels_below_reorder ON stock_levels (id) WHERE on_hand - reserved <= reorder_point;

CREATE FUNCTION stock_levels_from_catalog() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    SELECT s.sku, s.item_id, s.variant_id, i.vendor_id
      INTO NEW.sku, NEW.item_id, NEW.variant_id, NEW.vendor_id
      FROM catalog_skus s
      JOIN catalog_items i ON i.id = s.item_id
     WHERE s.sku_key = NEW.sku_key;
    NEW.on_hand := 0;
    NEW.reserved := 0;
    RETURN NEW;
END $$;
CREATE TRIGGER from_catalog BEFORE INSERT ON stock_levels
    FOR EACH ROW EXECUTE FUNCTION stock_levels_from_catalog();
SELECT shopfloor_track('stock_levels');

-- The ledger. Signs: receipt, transfer_in, return and production_output add; sale, transfer_out and
-- production_consumption take away; an adjustment may do either.
CREATE TABLE stock_movements (
    id              uuid        PRIMARY KEY,
    level_id        uuid        NOT NULL REFERENCES stock_levels (id),
    sku             text        NOT NULL,
    location_id     uuid        NOT NULL,
    vendor_id       uuid,
    kind            text        NOT NULL CHECK (kind IN ('receipt', 'sale', 'adjustment', 'transfer_out',
                                                         'transfer_in', 'return', 'production_consumption',
                                                         'production_output')),
    quantity        integer     NOT NULL CHECK (quantity <> 0),
    on_hand_after   integer     NOT NULL,
    reason          text        CHECK (length(reason) <= 500),
    reference_type  text        CHECK (length(reference_type) <= 50),
    reference_id    uuid,
    reference       text        CHECK (length(reference) <= 100),
    actor_id        text        NOT NULL DEFAULT coalesce(nullif(current_setting('app.user_id', true), ''), 'unknown'),
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT stock_movements_sign CHECK (
        (kind IN ('receipt', 'transfer_in', 'return', 'production_output') AND quantity > 0)
        OR (kind IN ('sale', 'transfer_out', 'production_consumption') AND quantity < 0)
        OR kind = 'adjustment')
);
CREATE INDEX stock_movements_level ON stock_movements (level_id, id);
CREATE INDEX stock_movements_location ON stock_movements (location_id, id);
CREATE INDEX stock_movements_sku ON stock_movements (lower(sku), id);
CREATE INDEX stock_movements_reference ON stock_movements (reference_id) WHERE reference_id IS NOT NULL;
CREATE INDEX stock_movements_vendor ON stock_movements (vendor_id);
-- Append-only: corrections are new movements.
REVOKE UPDATE, DELETE ON stock_movements FROM ${app_role}, ${vendor_role};

-- Writing a movement is what changes on_hand; the movement records the resulting level.
CREATE FUNCTION stock_movements_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    UPDATE stock_levels
       SET on_hand = on_hand + NEW.quantity
     WHERE id = NEW.level_id
    RETURNING on_hand, sku, location_id, vendor_id
      INTO NEW.on_hand_after, NEW.sku, NEW.location_id, NEW.vendor_id;
    RETURN NEW;
END $$;
CREATE TRIGGER apply BEFORE INSERT ON stock_movements
    FOR EACH ROW EXECUTE FUNCTION stock_movements_apply();
SELECT shopfloor_track('stock_movements');

CREATE TABLE stock_reservations (
    id           uuid        PRIMARY KEY,
    level_id     uuid        NOT NULL REFERENCES stock_levels (id),
    sku          text        NOT NULL,
    location_id  uuid        NOT NULL,
    vendor_id    uuid,
    owner_type   text        NOT NULL CHECK (length(owner_type) BETWEEN 1 AND 50),
    owner_id     uuid        NOT NULL,
    line_id      uuid,
    reference    text        CHECK (length(reference) <= 100),
    quantity     integer     NOT NULL CHECK (quantity > 0),
    status       text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'released', 'expired', 'consumed')),
    -- NULL holds until released. A hold past expires_at no longer counts as reserved for availability, at
    -- once; the expiry job then marks it expired, which is when the stored stock_levels.reserved drops.
    expires_at   timestamptz,
    version      integer     NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stock_reservations_owner ON stock_reservations (owner_id) WHERE status = 'active';
CREATE INDEX stock_reservations_level ON stock_reservations (level_id, expires_at) WHERE status = 'active';
CREATE INDEX stock_reservations_expiring ON stock_reservations (expires_at) WHERE status = 'active';
CREATE INDEX stock_reservations_list ON stock_reservations (status, id);
CREATE INDEX stock_reservations_vendor ON stock_reservations (vendor_id);
REVOKE DELETE ON stock_reservations FROM ${app_role}, ${vendor_role};

CREATE FUNCTION stock_reservations_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    delta integer := CASE WHEN NEW.status = 'active' THEN NEW.quantity ELSE 0 END
                   - CASE WHEN TG_OP = 'UPDATE' AND OLD.status = 'active' THEN OLD.quantity ELSE 0 END;
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status <> 'active' AND NEW.status IS DISTINCT FROM OLD.status THEN
        RAISE EXCEPTION 'reservation % is % and cannot change status', OLD.id, OLD.status
            USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'INSERT' THEN
        SELECT sku, location_id, vendor_id INTO NEW.sku, NEW.location_id, NEW.vendor_id
          FROM stock_levels WHERE id = NEW.level_id;
    END IF;
    IF delta <> 0 THEN
        UPDATE stock_levels SET reserved = reserved + delta WHERE id = NEW.level_id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER apply BEFORE INSERT OR UPDATE OF status, quantity ON stock_reservations
    FOR EACH ROW EXECUTE FUNCTION stock_reservations_apply();
SELECT shopfloor_track('stock_reservations');

-- Purchase orders to vendors; receiving one writes receipt movements. Open ones (ordered, partially received)
-- are the `incoming` stock of a level.
CREATE SEQUENCE purchase_order_numbers START 301;
CREATE TABLE purchase_orders (
    id           uuid        PRIMARY KEY,
    number       text        NOT NULL UNIQUE DEFAULT 'PO-' || nextval('purchase_order_numbers'),
    vendor_id    uuid        REFERENCES vendors (id),
    location_id  uuid        NOT NULL REFERENCES locations (id),
    status       text        NOT NULL DEFAULT 'draft'
                             CHECK (status IN ('draft', 'ordered', 'partially_received', 'received', 'cancelled')),
    -- Drafted by automatic reordering rather than by a person.
    automatic    boolean     NOT NULL DEFAULT false,
    currency     char(3)     CHECK (currency ~ '^[A-Z]{3}$'),
    expected_at  date,
    notes        text        CHECK (length(notes) <= 2000),
    version      integer     NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX purchase_orders_status ON purchase_orders (status, id);
CREATE INDEX purchase_orders_vendor ON purchase_orders (vendor_id, id);
CREATE INDEX purchase_orders_location ON purchase_orders (location_id);
SELECT shopfloor_track('purchase_orders');

CREATE TABLE purchase_order_lines (
    id                 uuid          PRIMARY KEY,
    purchase_order_id  uuid          NOT NULL REFERENCES purchase_orders (id) ON DELETE CASCADE,
    sku_key            text          NOT NULL REFERENCES catalog_skus (sku_key),
    sku                text          NOT NULL,
    quantity           integer       NOT NULL CHECK (quantity > 0),
    received_quantity  integer       NOT NULL DEFAULT 0 CHECK (received_quantity BETWEEN 0 AND quantity),
    unit_cost          numeric(12,2) CHECK (unit_cost >= 0),
    version            integer       NOT NULL DEFAULT 1,
    created_at         timestamptz   NOT NULL DEFAULT now(),
    updated_at         timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX purchase_order_lines_order ON purchase_order_lines (purchase_order_id);
CREATE INDEX purchase_order_lines_sku ON purchase_order_lines (sku_key);
SELECT shopfloor_track('purchase_order_lines');

-- Only the ledger triggers move quantities; the application sets the reorder policy.
REVOKE INSERT, UPDATE ON stock_levels FROM ${app_role}, ${vendor_role};
GRANT INSERT (id, sku_key, location_id, reorder_point, reorder_quantity) ON stock_levels TO ${app_role}, ${vendor_role};
GRANT UPDATE (reorder_point, reorder_quantity) ON stock_levels TO ${app_role}, ${vendor_role};

-- Levels as readers must see them: holds past their expiry no longer count, even before the job runs;
-- incoming is what open purchase orders will still deliver to the level's location.
CREATE VIEW stock_availability WITH (security_invoker = true) AS
SELECT l.id,
       l.sku,
       l.sku_key,
       l.item_id,
       l.variant_id,
       l.vendor_id,
       l.location_id,
       l.on_hand,
       l.reserved - coalesce(x.expired, 0) AS reserved,
       l.on_hand - l.reserved + coalesce(x.expired, 0) AS available,
       coalesce(i.incoming, 0) AS incoming,
       l.reorder_point,
       l.reorder_quantity,
       l.version,
       l.created_at,
       l.updated_at
  FROM stock_levels l
  LEFT JOIN LATERAL (
       SELECT sum(r.quantity)::integer AS expired
         FROM stock_reservations r
        WHERE r.level_id = l.id
          AND r.status = 'active'
          AND r.expires_at <= now()) x ON true
  LEFT JOIN LATERAL (
       SELECT sum(pl.quantity - pl.received_quantity)::integer AS incoming
         FROM purchase_order_lines pl
         JOIN purchase_orders po ON po.id = pl.purchase_order_id
        WHERE pl.sku_key = l.sku_key
          AND po.location_id = l.location_id
          AND po.status IN ('ordered', 'partially_received')) i ON true;

ALTER TABLE stock_levels ENABLE ROW LEVEL SECURITY;
CREATE POLICY all_rows ON stock_levels TO ${app_role} USING (true) WITH CHECK (true);
CREATE POLICY vendor_rows ON stock_levels TO ${vendor_role}
    USING (vendor_id = shopfloor_vendor_id())
    WITH CHECK (vendor_id = shopfloor_vendor_id());
ALTER TABLE stock_movements ENABLE ROW LEVEL SECURITY;
CREATE POLICY all_rows ON stock_movements TO ${app_role} USING (true) WITH CHECK (true);
CREATE POLICY vendor_rows ON stock_movements TO ${vendor_role}
    USING (vendor_id = shopfloor_vendor_id())
    WITH CHECK (vendor_id = shopfloor_vendor_id());
ALTER TABLE stock_reservations ENABLE ROW LEVEL SECURITY;
CREATE POLICY all_rows ON stock_reservations TO ${app_role} USING (true) WITH CHECK (true);
CREATE POLICY vendor_rows ON stock_reservations TO ${vendor_role}
    USING (vendor_id = shopfloor_vendor_id())
    WITH CHECK (vendor_id = shopfloor_vendor_id());
