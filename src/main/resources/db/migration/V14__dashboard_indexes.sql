-- Dashboard: indexes for the read model's filters and ranges (docs/modules/dashboard.md). The dashboard writes
-- nothing; it reads other modules' tables in SQL (docs/decisions.md, the dashboard read model).

-- Sales over a range of days, all stores: only sold orders (confirmed .. delivered), by creation time.
CREATE INDEX orders_sold_created ON orders (created_at)
    WHERE status IN ('confirmed', 'in_production', 'ready', 'shipped', 'delivered');
-- One store's orders of a day (summary, any status) and of a range (sales, products).
CREATE INDEX orders_store_created ON orders (store_id, created_at);
-- Open orders by status, one store.
CREATE INDEX orders_open_store ON orders (store_id, status)
    WHERE status IN ('pending', 'confirmed', 'in_production', 'ready');
-- Low stock: levels at or below a positive reorder point (stored figures; the dashboard then checks the
-- available figure of stock_availability, which can only be higher), all or one store's locations.
CREATE INDEX stock_levels_low_stock ON stock_levels (location_id)
    WHERE reorder_point > 0 AND on_hand - reserved <= reorder_point;
