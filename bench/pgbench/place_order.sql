-- pgbench: the SQL transaction of placing an order, as the application does it, without the application.
-- Variables (-D): skus (random SKUs 1..skus in bench_levels), customers (bench_customers 1..n), hot (1: the first
-- line is always the hot SKU n = 0). Each order has 1 to 3 lines of quantity 1 (a duplicate draw makes one line
-- fewer), like the Gatling OrdersSimulation. Run as the application's role with -M prepared, so RLS, the
-- change-log and ledger triggers and the CHECK on stock_levels do exactly the work they do for the app.
\set lines random(1, 3)
\set a random(1, :skus)
\set b random(1, :skus)
\set c random(1, :skus)
\if :hot
\set a 0
\endif
\set cust random(1, :customers)
BEGIN;
SELECT set_config('app.user_id', 'pgbench', true), set_config('app.role', 'ADMIN', true), set_config('app.vendor_id', '', true), set_config('app.store_ids', '', true), set_config('app.request_id', 'pgbench', true);
SELECT l.id FROM stock_levels l WHERE l.id IN (SELECT level_id FROM bench_levels WHERE n = ANY (trim_array(CAST(ARRAY[:a, :b, :c] AS integer[]), 3 - CAST(:lines AS integer)))) ORDER BY l.id FOR UPDATE OF l;
INSERT INTO orders (id, customer_id, status, currency, subtotal, total, hold_expires_at) SELECT gen_random_uuid(), c.id, 'pending', 'USD', s.subtotal, s.subtotal, now() + interval '30 minutes' FROM bench_customers c, (SELECT sum(price) AS subtotal FROM bench_levels WHERE n = ANY (trim_array(CAST(ARRAY[:a, :b, :c] AS integer[]), 3 - CAST(:lines AS integer)))) s WHERE c.n = CAST(:cust AS integer) RETURNING id AS order_id, number AS order_number \gset
INSERT INTO order_items (id, order_id, line_no, sku, item_id, variant_id, vendor_id, name, fulfillment, quantity, unit_price, line_total) SELECT gen_random_uuid(), CAST(:order_id AS uuid), row_number() OVER (ORDER BY b.n), b.sku, b.item_id, b.variant_id, b.vendor_id, b.name, 'stock', 1, b.price, b.price FROM bench_levels b WHERE b.n = ANY (trim_array(CAST(ARRAY[:a, :b, :c] AS integer[]), 3 - CAST(:lines AS integer)));
INSERT INTO stock_reservations (id, level_id, owner_type, owner_id, line_id, reference, quantity, expires_at) SELECT gen_random_uuid(), b.level_id, 'order', oi.order_id, oi.id, :order_number, oi.quantity, now() + interval '30 minutes' FROM order_items oi JOIN bench_levels b ON b.sku = oi.sku WHERE oi.order_id = CAST(:order_id AS uuid);
COMMIT;
