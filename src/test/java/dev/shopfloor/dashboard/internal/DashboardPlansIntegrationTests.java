package dev.shopfloor.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.dashboard.DateRange;
import dev.shopfloor.dashboard.Granularity;
import dev.shopfloor.dashboard.ProductFilter;
import dev.shopfloor.dashboard.ProductSort;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's statements, EXPLAINed over a few thousand orders and stock levels, use the indexes of V14 (and
 * the modules' own) for their filters and ranges. The rows are written and ANALYZEd in one transaction of the schema
 * owner that is rolled back, so no other test sees them.
 */
class DashboardPlansIntegrationTests extends IntegrationTest {

    private static final String ORDERS = """
            INSERT INTO orders (id, customer_id, store_id, status, currency, subtotal, total, created_at)
            SELECT gen_random_uuid(),
                   :customer,
                   CASE WHEN g % 100 = 0 THEN :store ELSE :otherStore END,
                   (ARRAY['draft', 'pending', 'confirmed', 'in_production', 'ready', 'shipped', 'delivered',
                          'cancelled', 'refunded'])[1 + g % 9],
                   'EUR',
                   10,
                   10,
                   timestamptz '2024-01-01 00:00:00+00' + g * interval '3 hours'
            FROM generate_series(1, 6000) AS g
            """;
    private static final String ITEMS = """
            INSERT INTO catalog_items (id, sku, name, price, currency, status)
            SELECT gen_random_uuid(), :prefix || 'I' || g, 'Plan item', 10, 'EUR', 'published'
            FROM generate_series(1, 300) AS g
            """;
    // One line per order, each for one of the 300 items in turn.
    private static final String LINES = """
            WITH items AS (
                SELECT id, sku, row_number() OVER (ORDER BY id) % 300 AS n
                FROM catalog_items
                WHERE sku LIKE :prefix || 'I%'
            ),
            numbered AS (
                SELECT id, row_number() OVER (ORDER BY id) % 300 AS n
                FROM orders
                WHERE customer_id = :customer
            )
            INSERT INTO order_items (id, order_id, line_no, sku, item_id, name, fulfillment, quantity, unit_price,
                                     line_total)
            SELECT gen_random_uuid(), o.id, 1, i.sku, i.id, 'Plan item', 'stock', 1, 10, 10
            FROM numbered o
            JOIN items i ON i.n = o.n
            """;
    private static final String LOCATIONS = """
            INSERT INTO locations (id, code, name, store_id)
            SELECT gen_random_uuid(), :prefix || 'L' || g, 'Plan location', CASE WHEN g % 100 = 0 THEN :store END
            FROM generate_series(1, 3000) AS g
            """;
    // One level per location, for one of the 300 items in turn; every tenth has a reorder point above its stock.
    private static final String LEVELS = """
            WITH items AS (
                SELECT sku, row_number() OVER (ORDER BY id) % 300 AS n
                FROM catalog_items
                WHERE sku LIKE :prefix || 'I%'
            ),
            numbered AS (
                SELECT id, row_number() OVER (ORDER BY id) AS n
                FROM locations
                WHERE code LIKE :prefix || 'L%'
            )
            INSERT INTO stock_levels (id, sku_key, location_id, reorder_point)
            SELECT gen_random_uuid(), lower(i.sku), l.id, CASE WHEN l.n % 10 = 0 THEN 5 ELSE 0 END
            FROM numbered l
            JOIN items i ON i.n = l.n % 300
            """;

    @Autowired
    @Qualifier("flywayDataSource")
    DataSource owner;

    @Test
    void statementsUseIndexesForTheirFiltersAndRanges() {
        UUID store = created(admin().post("/api/stores", Map.of("code", code("PS"), "name", "Plan store")));
        UUID otherStore = created(admin().post("/api/stores", Map.of("code", code("PO"), "name", "Plan store 2")));
        UUID customer = created(admin().post("/api/customers", Map.of("name", unique("Plan customer"))));
        String sku = code("PSKU");
        UUID item = created(admin().post(
                        "/api/catalog",
                        Map.of(
                                "sku",
                                sku,
                                "name",
                                "Plan item",
                                "price",
                                10,
                                "currency",
                                "EUR",
                                "status",
                                "published")));
        JdbcClient jdbc = JdbcClient.create(owner);
        TransactionTemplate tx = new TransactionTemplate(new JdbcTransactionManager(owner));
        Map<String, String> plans = tx.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("ALTER TABLE orders DISABLE TRIGGER touch").update();
            jdbc.sql(ORDERS)
                    .param("customer", customer)
                    .param("store", store)
                    .param("otherStore", otherStore)
                    .update();
            String prefix = code("PLAN");
            jdbc.sql(ITEMS).param("prefix", prefix).update();
            jdbc.sql(LINES).param("customer", customer).param("prefix", prefix).update();
            jdbc.sql(LOCATIONS).param("prefix", prefix).param("store", store).update();
            jdbc.sql(LEVELS).param("prefix", prefix).update();
            jdbc.sql("ANALYZE orders, order_items, catalog_items, locations, stock_levels")
                    .update();
            return explainAll(jdbc, store);
        });
        plans.forEach((name, plan) -> System.out.printf("--- %s%n%s%n", name, plan));

        assertThat(plans.get("summary day")).contains("orders_created_at_idx");
        assertThat(plans.get("summary day, store")).contains("orders_store_created");
        assertThat(plans.get("open orders")).containsAnyOf("orders_status_idx", "orders_open_store");
        assertThat(plans.get("open orders, store")).contains("orders_open_store");
        assertThat(plans.get("low stock")).contains("stock_levels_low_stock");
        assertThat(plans.get("low stock, store")).containsAnyOf("stock_levels_low_stock", "locations_store");
        assertThat(plans.get("sales month by day")).contains("orders_sold_created");
        assertThat(plans.get("sales month by day, store")).contains("orders_store_created");
        assertThat(plans.get("products month")).contains("orders_sold_created").contains("stock_levels_item");
        assertThat(plans.get("products month, store")).contains("stock_levels_item");
        assertThat(plans.get("products month, store")).contains("orders_store_created");
    }

    private static Map<String, String> explainAll(JdbcClient jdbc, UUID store) {
        DateRange day = DateRange.day(LocalDate.parse("2024-06-01"));
        DateRange month = new DateRange(LocalDate.parse("2024-06-01"), LocalDate.parse("2024-06-30"));
        Map<String, Statement> statements = new LinkedHashMap<>();
        statements.put("summary day", SummaryQueries.dayStatement(day, null));
        statements.put("summary day, store", SummaryQueries.dayStatement(day, store));
        statements.put("open orders", SummaryQueries.openOrdersStatement(null));
        statements.put("open orders, store", SummaryQueries.openOrdersStatement(store));
        statements.put("low stock", SummaryQueries.lowStockStatement(null));
        statements.put("low stock, store", SummaryQueries.lowStockStatement(store));
        statements.put("production, store", SummaryQueries.productionStatement(store));
        statements.put("sales month by day", SalesQuery.statement(month, Granularity.DAY, null));
        statements.put("sales month by day, store", SalesQuery.statement(month, Granularity.DAY, store));
        ProductFilter none = new ProductFilter(null, null, null);
        statements.put("products month", ProductQuery.statement(month, none, ProductSort.REVENUE, 50));
        ProductFilter inStore = new ProductFilter(store, null, null);
        statements.put("products month, store", ProductQuery.statement(month, inStore, ProductSort.UNITS, 50));
        Map<String, String> plans = new LinkedHashMap<>();
        statements.forEach((name, statement) -> plans.put(
                name,
                String.join(
                        "\n",
                        jdbc.sql("EXPLAIN " + statement.sql())
                                .params(statement.params())
                                .query(String.class)
                                .list())));
        return plans;
    }

    private static String code(String prefix) {
        return unique(prefix).toUpperCase().replace("-", "_");
    }

    private static UUID created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.id());
    }
}
