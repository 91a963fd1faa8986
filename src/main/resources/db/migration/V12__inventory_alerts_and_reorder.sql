-- Inventory: low-stock alerts and automatic reordering, kept by a trigger on stock_levels so that every path
-- that changes stock (movements, holds, the expiry job, a new reorder point) raises and resolves alerts, and
-- drafts the purchase order, in the transaction that made the change.

-- Time-ordered (version 7) UUIDs for rows the database creates itself, so they sort with the application's
-- Ids.newId() rows in keyset lists: 48 bits of Unix milliseconds, then random bits, version and variant set.
CREATE FUNCTION inventory_new_id() RETURNS uuid
LANGUAGE sql VOLATILE AS $$
    SELECT encode(
               set_bit(
                   set_bit(
                       overlay(uuid_send(gen_random_uuid())
                               PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint)
                                                 FROM 3)
                               FROM 1 FOR 6),
                       52, 1),
                   53, 1),
               'hex')::uuid
$$;

CREATE TABLE stock_alerts (
    id                 uuid        PRIMARY KEY,
    level_id           uuid        NOT NULL REFERENCES stock_levels (id),
    sku                text        NOT NULL,
    location_id        uuid        NOT NULL REFERENCES locations (id),
    vendor_id          uuid,
    kind               text        NOT NULL DEFAULT 'low_stock' CHECK (kind IN ('low_stock')),
    status             text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    -- The level as it was when the alert was raised.
    available          integer     NOT NULL,
    reorder_point      integer     NOT NULL,
    -- The purchase order that will bring the stock back: the one automatic reordering drafted, or the open
    -- one that already covered the SKU at this location when the alert was raised.
    purchase_order_id  uuid        REFERENCES purchase_orders (id),
    raised_at          timestamptz NOT NULL DEFAULT now(),
    resolved_at        timestamptz,
    version            integer     NOT NULL DEFAULT 1,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT stock_alerts_resolution CHECK ((status = 'resolved') = (resolved_at IS NOT NULL))
);
-- At most one open alert per level: a level that keeps falling does not raise a second one.
CREATE UNIQUE INDEX stock_alerts_one_open ON stock_alerts (level_id) WHERE status = 'open';
CREATE INDEX stock_alerts_status ON stock_alerts (status, id);
CREATE INDEX stock_alerts_location ON stock_alerts (location_id, id);
CREATE INDEX stock_alerts_sku ON stock_alerts (lower(sku), id);
CREATE INDEX stock_alerts_vendor ON stock_alerts (vendor_id);
CREATE INDEX stock_alerts_purchase_order ON stock_alerts (purchase_order_id) WHERE purchase_order_id IS NOT NULL;
SELECT shopfloor_track('stock_alerts');
-- Only the trigger below writes alerts.
REVOKE INSERT, UPDATE, DELETE ON stock_alerts FROM ${app_role}, ${vendor_role};

ALTER TABLE stock_alerts ENABLE ROW LEVEL SECURITY;
CREATE POLICY all_rows ON stock_alerts TO ${app_role} USING (true) WITH CHECK (true);
CREATE POLICY vendor_rows ON stock_alerts TO ${vendor_role}
    USING (vendor_id = shopfloor_vendor_id())
    WITH CHECK (vendor_id = shopfloor_vendor_id());

-- A purchase order's version covers its lines: the application bumps this when it changes them.
ALTER TABLE purchase_orders ADD COLUMN lines_revision integer NOT NULL DEFAULT 0;
-- One line per SKU on a purchase order, so receiving by SKU is unambiguous and line edits are upserts.
CREATE UNIQUE INDEX purchase_order_lines_sku_per_order ON purchase_order_lines (purchase_order_id, sku_key);
CREATE INDEX purchase_orders_location_list ON purchase_orders (location_id, id);

-- Drafts a purchase order for a level that has just fallen to its reorder point, when the item reorders
-- automatically and has a vendor. Returns the purchase order that covers the level: an open one
-- (draft, ordered, partially received) that already has a line for the SKU at this location, the new draft,
-- or NULL when nothing is drafted. Reads catalog_items on purpose (docs/decisions.md, replenishment): the
-- draft must commit or roll back with the stock change that caused it.
CREATE FUNCTION inventory_reorder(level stock_levels) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    item      record;
    covering  uuid;
    quantity  integer;
    po        uuid;
BEGIN
    SELECT i.auto_reorder, i.vendor_id, i.currency INTO item FROM catalog_items i WHERE i.id = level.item_id;
    SELECT po.id INTO covering
      FROM purchase_order_lines pl
      JOIN purchase_orders po ON po.id = pl.purchase_order_id
     WHERE pl.sku_key = level.sku_key
       AND po.location_id = level.location_id
       AND po.status IN ('draft', 'ordered', 'partially_received')
     ORDER BY po.id DESC
     LIMIT 1;
    IF covering IS NOT NULL OR NOT coalesce(item.auto_reorder, false) OR item.vendor_id IS NULL THEN
        RETURN covering;
    END IF;
    quantity := CASE WHEN level.reorder_quantity > 0 THEN level.reorder_quantity ELSE level.reorder_point * 2 END;
    po := inventory_new_id();
    INSERT INTO purchase_orders (id, vendor_id, location_id, automatic, currency, notes)
    VALUES (po, item.vendor_id, level.location_id, true, item.currency,
            format('Drafted automatically: %s fell to %s available (reorder point %s).',
                   level.sku, level.on_hand - level.reserved, level.reorder_point));
    INSERT INTO purchase_order_lines (id, purchase_order_id, sku_key, sku, quantity)
    VALUES (inventory_new_id(), po, level.sku_key, level.sku, quantity);
    RETURN po;
END $$;

-- Raises an alert when a level crosses down to its reorder point (available = on_hand - reserved <=
-- reorder_point, only when reorder_point > 0) and resolves it when it crosses back up. Works on the crossing
-- (OLD low vs NEW low), so the hot path of an order that leaves a level above or below where it was costs
-- no query. The level's row lock, held by whoever changed it, serialises the crossings of one level.
CREATE FUNCTION stock_levels_alert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    was_low  boolean := TG_OP = 'UPDATE' AND OLD.reorder_point > 0 AND OLD.on_hand - OLD.reserved <= OLD.reorder_point;
    is_low   boolean := NEW.reorder_point > 0 AND NEW.on_hand - NEW.reserved <= NEW.reorder_point;
BEGIN
    IF is_low AND NOT was_low
       AND NOT EXISTS (SELECT 1 FROM stock_alerts WHERE level_id = NEW.id AND status = 'open') THEN
        INSERT INTO stock_alerts (id, level_id, sku, location_id, vendor_id, available, reorder_point,
                                  purchase_order_id)
        VALUES (inventory_new_id(), NEW.id, NEW.sku, NEW.location_id, NEW.vendor_id,
                NEW.on_hand - NEW.reserved, NEW.reorder_point, inventory_reorder(NEW));
    ELSIF was_low AND NOT is_low THEN
        UPDATE stock_alerts
           SET status = 'resolved', resolved_at = now()
         WHERE level_id = NEW.id
           AND status = 'open';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER alert AFTER INSERT OR UPDATE OF on_hand, reserved, reorder_point ON stock_levels
    FOR EACH ROW EXECUTE FUNCTION stock_levels_alert();

-- Levels already at or below their reorder point when this migration runs get their alert now (no draft).
INSERT INTO stock_alerts (id, level_id, sku, location_id, vendor_id, available, reorder_point)
SELECT inventory_new_id(), l.id, l.sku, l.location_id, l.vendor_id, l.on_hand - l.reserved, l.reorder_point
  FROM stock_levels l
 WHERE l.reorder_point > 0
   AND l.on_hand - l.reserved <= l.reorder_point;
