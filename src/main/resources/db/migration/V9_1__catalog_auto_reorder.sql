-- Catalog: whether inventory drafts purchase orders to the item's vendor when its stock falls to the reorder point.
ALTER TABLE catalog_items ADD COLUMN auto_reorder boolean NOT NULL DEFAULT false;
