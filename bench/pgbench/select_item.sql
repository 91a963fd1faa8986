SELECT id, sku, name, price, currency, status, vendor_id, version FROM catalog_items WHERE id = :id;
