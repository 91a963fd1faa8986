-- Indexes for the filters of the inventory lists (GET /api/inventory/movements, /reservations, /api/locations);
-- each list is ordered by id descending, so the filter column leads and id follows.
CREATE INDEX stock_movements_kind ON stock_movements (kind, id);
CREATE INDEX stock_movements_created ON stock_movements (created_at);
CREATE INDEX stock_reservations_owner_all ON stock_reservations (owner_id, id);
CREATE INDEX stock_reservations_sku ON stock_reservations (lower(sku), id);
CREATE INDEX stock_reservations_location ON stock_reservations (location_id, id);
CREATE INDEX locations_active ON locations (active, id);
