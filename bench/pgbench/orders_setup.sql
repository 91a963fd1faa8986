-- Stock for the orders benchmark (bench/run.sh orders), run as the schema owner with psql:
--   psql -v skus=1000 -v units=100000 -v hot_units=1000000 -f orders_setup.sql
-- One warehouse; SKU n = 0 is the hot SKU (hot_units), n = 1..skus the random ones (units each). Stock enters the
-- way the application's ledger requires: a level, then a receipt movement (triggers move on_hand).
-- bench_levels and bench_customers are lookup tables for pgbench (it cannot draw random UUIDs from a list);
-- they exist only in the benchmark's throwaway database.
\set ON_ERROR_STOP on
BEGIN;
SET LOCAL app.user_id = 'bench-setup';

CREATE TABLE bench_levels (
    n           integer       PRIMARY KEY,
    level_id    uuid          NOT NULL UNIQUE,
    sku         text          NOT NULL,
    item_id     uuid          NOT NULL,
    variant_id  uuid,
    vendor_id   uuid,
    name        text          NOT NULL,
    price       numeric(12,2) NOT NULL,
    currency    char(3)       NOT NULL
);
CREATE TABLE bench_customers (n integer PRIMARY KEY, id uuid NOT NULL);

INSERT INTO locations (id, code, name) VALUES (gen_random_uuid(), 'BENCH-WH', 'Bench warehouse');

-- Variant SKUs of published stock items, one currency (the demo catalog is all USD), in a stable random order.
CREATE TEMP TABLE picked AS
SELECT row_number() OVER (ORDER BY md5(s.sku_key)) - 1 AS n,
       s.sku_key, s.sku, s.item_id, s.variant_id, i.vendor_id, i.name,
       coalesce(v.price, i.price) AS price, i.currency
  FROM catalog_skus s
  JOIN catalog_items i ON i.id = s.item_id
  LEFT JOIN catalog_variants v ON v.id = s.variant_id
 WHERE i.status = 'published'
   AND i.fulfillment = 'stock'
   AND i.currency = 'USD'
 ORDER BY md5(s.sku_key)
 LIMIT :skus + 1;

INSERT INTO stock_levels (id, sku_key, location_id)
SELECT gen_random_uuid(), p.sku_key, loc.id
  FROM picked p, locations loc
 WHERE loc.code = 'BENCH-WH';

INSERT INTO bench_levels (n, level_id, sku, item_id, variant_id, vendor_id, name, price, currency)
SELECT p.n, l.id, p.sku, p.item_id, p.variant_id, p.vendor_id, p.name, p.price, p.currency
  FROM picked p
  JOIN stock_levels l ON l.sku_key = p.sku_key
  JOIN locations loc ON loc.id = l.location_id AND loc.code = 'BENCH-WH';

INSERT INTO stock_movements (id, level_id, kind, quantity, reason)
SELECT gen_random_uuid(), b.level_id, 'receipt', CASE WHEN b.n = 0 THEN :hot_units ELSE :units END, 'bench stock'
  FROM bench_levels b;

INSERT INTO bench_customers (n, id)
SELECT row_number() OVER (ORDER BY id), id
  FROM customers
 WHERE archived_at IS NULL
 ORDER BY id
 LIMIT 1000;

GRANT SELECT ON bench_levels, bench_customers TO PUBLIC;
COMMIT;
ANALYZE bench_levels;
ANALYZE bench_customers;
SELECT count(*) FILTER (WHERE n > 0) AS random_skus, count(*) FILTER (WHERE n = 0) AS hot_skus FROM bench_levels;
SELECT count(*) AS customers FROM bench_customers;
