package dev.shopfloor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.dashboard.DashboardFixtures.Item;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import dev.shopfloor.testing.StatementCounter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard over real orders, stock and production. Tests share one database with many other tests' orders,
 * so each test makes its own store (and vendor, category, items) and filters by it; expected figures are
 * computed by hand in the comments.
 */
class DashboardIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter statements;

    @Autowired
    @Qualifier("flywayDataSource")
    DataSource owner;

    private DashboardFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DashboardFixtures(admin(), jdbc, owner);
    }

    @Test
    void summarisesTheStoresDayAndItsCurrentWork() {
        UUID store = fixtures.store();
        UUID otherStore = fixtures.store();
        UUID shelf = fixtures.locationIn(store);
        UUID elsewhere = fixtures.locationIn(otherStore);
        Item eur = fixtures.item("stock", 10.00, "EUR", null, null);
        Item usd = fixtures.item("stock", 7.50, "USD", null, null);
        Item madeToOrder = fixtures.item("made_to_order", 25.00, "EUR", null, null);
        Item scarce = fixtures.item("stock", 5.00, "EUR", null, null);
        Item plenty = fixtures.item("stock", 5.00, "EUR", null, null);
        fixtures.receive(eur.sku(), shelf, 100);
        fixtures.receive(usd.sku(), shelf, 100);
        fixtures.reorderPoint(fixtures.receive(scarce.sku(), shelf, 3), 5); // 3 <= 5: low
        fixtures.reorderPoint(fixtures.receive(plenty.sku(), shelf, 3), 2); // 3 > 2: not low
        fixtures.reorderPoint(fixtures.receive(scarce.sku(), elsewhere, 1), 5); // low, but another store's

        fixtures.confirmed(store, eur.sku(), 2); // sold: EUR 2 x 10.00 = 20.00
        fixtures.confirmed(store, usd.sku(), 1); // sold: USD 7.50
        fixtures.order(store, false, eur.sku(), 3); // pending: an order of the day, not a sale
        fixtures.order(store, true, eur.sku(), 1); // draft: neither
        UUID cancelled = fixtures.order(store, true, eur.sku(), 1);
        fixtures.status(cancelled, "cancelled"); // an order of the day, not a sale
        fixtures.confirmed(store, madeToOrder.sku(), 4); // in_production, sold: EUR 4 x 25.00 = 100.00, 4 units
        UUID yesterdays = fixtures.confirmed(store, eur.sku(), 5); // EUR 50.00, still confirmed (open)
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        fixtures.createdAt(yesterdays, today.minusDays(1).atTime(23, 59, 59).toInstant(ZoneOffset.UTC));
        fixtures.confirmed(otherStore, eur.sku(), 7); // another store's

        JsonNode summary = get("/api/dashboard/summary?date=" + today + "&storeId=" + store);

        assertThat(summary.get("date").asString()).isEqualTo(today.toString());
        // EUR 20.00 + 100.00; USD 7.50
        assertThat(money(summary.get("salesToday"))).containsExactly("EUR 120.00", "USD 7.50");
        // confirmed EUR, confirmed USD, pending, cancelled, made-to-order (not the draft, not yesterday's)
        assertThat(summary.get("ordersToday").asLong()).isEqualTo(5);
        JsonNode open = summary.get("openOrders");
        assertThat(open.get("pending").asLong()).isEqualTo(1);
        assertThat(open.get("confirmed").asLong()).isEqualTo(3); // EUR, USD and yesterday's
        assertThat(open.get("in_production").asLong()).isEqualTo(1);
        assertThat(open.get("ready").asLong()).isZero();
        assertThat(summary.get("lowStock").asLong()).isEqualTo(1);
        JsonNode production = summary.get("productionInProgress");
        assertThat(production.get("tasks").asLong()).isEqualTo(1); // one made-to-order line
        assertThat(production.get("units").asLong()).isEqualTo(4);
        JsonNode byStage = production.get("byStage");
        assertThat(byStage.get(0).get("stage").asString()).isEqualTo("queued");
        assertThat(byStage.get(0).get("tasks").asLong()).isEqualTo(1);
        assertThat(byStage.get(0).get("units").asLong()).isEqualTo(4);
        assertThat(byStage.findValuesAsString("stage")).doesNotContain("done").contains("cutting", "qc", "packing");

        JsonNode yesterday = get("/api/dashboard/summary?date=" + today.minusDays(1) + "&storeId=" + store);
        assertThat(money(yesterday.get("salesToday"))).containsExactly("EUR 50.00");
        assertThat(yesterday.get("ordersToday").asLong()).isEqualTo(1);

        JsonNode defaultDay = get("/api/dashboard/summary?storeId=" + otherStore);
        assertThat(defaultDay.get("date").asString()).isEqualTo(today.toString());
        assertThat(money(defaultDay.get("salesToday"))).containsExactly("EUR 70.00"); // 7 x 10.00
        assertThat(defaultDay.get("lowStock").asLong()).isEqualTo(1);
        assertThat(defaultDay.get("productionInProgress").get("tasks").asLong()).isZero();
    }

    @Test
    void bucketsSalesByUtcDayIsoWeekAndMonthWithEmptyBucketsAsZeros() {
        UUID store = fixtures.store();
        Item eur = fixtures.item("made_to_order", 10.00, "EUR", null, null);
        Item usd = fixtures.item("made_to_order", 3.00, "USD", null, null);
        soldAt(store, "2025-03-02T23:59:59Z", eur.sku(), 1); // Sunday 2 March: EUR 10.00
        soldAt(store, "2025-03-03T00:00:00Z", eur.sku(), 2); // Monday 3 March: EUR 20.00
        soldAt(store, "2025-03-03T10:00:00Z", usd.sku(), 4); // Monday 3 March: USD 12.00
        soldAt(store, "2025-03-12T08:00:00Z", eur.sku(), 1); // Wednesday 12 March: EUR 10.00
        soldAt(store, "2025-01-20T08:00:00Z", eur.sku(), 5); // January: EUR 50.00
        UUID pending = fixtures.order(store, false, eur.sku(), 3); // not sold
        fixtures.createdAt(pending, Instant.parse("2025-03-05T12:00:00Z"));
        UUID cancelled = soldAt(store, "2025-03-03T12:00:00Z", eur.sku(), 9);
        fixtures.status(cancelled, "cancelled"); // no longer sold

        assertThat(buckets("/api/dashboard/sales?from=2025-03-01&to=2025-03-05&storeId=" + store))
                .containsExactly(
                        "2025-03-01 0 0 []",
                        "2025-03-02 1 1 [EUR 10.00]",
                        "2025-03-03 2 6 [EUR 20.00, USD 12.00]", // 2 + 4 units
                        "2025-03-04 0 0 []",
                        "2025-03-05 0 0 []");
        // ISO weeks start on Monday: 24 Feb (holds 2 Mar), 3 Mar, 10 Mar
        assertThat(buckets("/api/dashboard/sales?from=2025-02-26&to=2025-03-12&granularity=week&storeId=" + store))
                .containsExactly(
                        "2025-02-24 1 1 [EUR 10.00]",
                        "2025-03-03 2 6 [EUR 20.00, USD 12.00]",
                        "2025-03-10 1 1 [EUR 10.00]");
        // March: 1 + 2 + 4 + 1 = 8 units; EUR 10 + 20 + 10 = 40.00
        assertThat(buckets("/api/dashboard/sales?from=2025-01-15&to=2025-03-31&granularity=month&storeId=" + store))
                .containsExactly(
                        "2025-01-01 1 5 [EUR 50.00]", "2025-02-01 0 0 []", "2025-03-01 4 8 [EUR 40.00, USD 12.00]");
        // buckets count only the days of the range: 20 January is before it
        assertThat(buckets("/api/dashboard/sales?from=2025-01-21&to=2025-01-31&granularity=MONTH&storeId=" + store))
                .containsExactly("2025-01-01 0 0 []");
        JsonNode whole = get("/api/dashboard/sales?from=2025-03-03&to=2025-03-03&storeId=" + store);
        assertThat(whole.get("granularity").asString()).isEqualTo("day");
        assertThat(whole.get("from").asString()).isEqualTo("2025-03-03");
    }

    @Test
    void ranksProductsWithStockAndSellThroughFilteredByStoreVendorAndCategoryTree() {
        UUID store = fixtures.store();
        UUID shelf = fixtures.locationIn(store);
        UUID warehouse = fixtures.locationIn(fixtures.store());
        UUID vendor = fixtures.vendor();
        UUID otherVendor = fixtures.vendor();
        UUID root = fixtures.category(null);
        UUID child = fixtures.category(root);
        UUID otherCategory = fixtures.category(null);
        Item a = fixtures.item("stock", 10.00, "EUR", vendor, root, "M");
        Item b = fixtures.item("stock", 4.00, "EUR", vendor, child);
        Item c = fixtures.item("stock", 1.00, "EUR", otherVendor, root);
        Item d = fixtures.item("made_to_order", 100.00, "EUR", vendor, otherCategory);
        fixtures.receive(a.sku(), shelf, 6);
        fixtures.receive(a.variant("M"), shelf, 4);
        fixtures.receive(a.sku(), warehouse, 50);
        fixtures.receive(b.sku(), shelf, 20);
        fixtures.receive(c.sku(), shelf, 10);
        fixtures.confirmedAt(store, shelf, a.sku(), 2, a.variant("M"), 1); // a: 3 units, EUR 30.00
        fixtures.confirmedAt(store, shelf, b.sku(), 5); // b: 5 units, EUR 20.00
        fixtures.confirmedAt(store, shelf, c.sku(), 1); // c: 1 unit, EUR 1.00
        fixtures.confirmed(store, d.sku(), 1); // d: 1 unit, EUR 100.00
        fixtures.order(store, shelf, false, a.sku(), 1); // pending: holds 1 of a, not sold
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String range = "/api/dashboard/products?from=" + today + "&to=" + today;

        // a: on hand at the store's shelf 6 + 4 = 10, available 10 - 3 held by the sale - 1 by the pending order
        //    = 6, sell-through 3 / (3 + 10) = 0.2308; b: 20 on hand, 15 available, 5 / 25 = 0.2000
        assertThat(products(range + "&storeId=" + store + "&vendorId=" + vendor + "&categoryId=" + root))
                .containsExactly(a.sku() + " 3 [EUR 30.00] 10 6 0.2308", b.sku() + " 5 [EUR 20.00] 20 15 0.2000");
        assertThat(products(
                        range + "&storeId=" + store + "&vendorId=" + vendor + "&categoryId=" + root + "&sort=units"))
                .containsExactly(b.sku() + " 5 [EUR 20.00] 20 15 0.2000", a.sku() + " 3 [EUR 30.00] 10 6 0.2308");
        assertThat(products(range + "&storeId=" + store + "&categoryId=" + root + "&sort=units&limit=1"))
                .containsExactly(b.sku() + " 5 [EUR 20.00] 20 15 0.2000");
        // c: 1 / (1 + 10) = 0.0909; d has no stock: 1 / (1 + 0) = 1.0000
        assertThat(products(range + "&storeId=" + store))
                .containsExactly(
                        d.sku() + " 1 [EUR 100.00] 0 0 1.0000",
                        a.sku() + " 3 [EUR 30.00] 10 6 0.2308",
                        b.sku() + " 5 [EUR 20.00] 20 15 0.2000",
                        c.sku() + " 1 [EUR 1.00] 10 9 0.0909");
        // every store: a's warehouse counts too, 60 on hand, 56 available; 3 / 63 = 0.0476
        assertThat(products(range + "&vendorId=" + vendor + "&categoryId=" + child))
                .containsExactly(b.sku() + " 5 [EUR 20.00] 20 15 0.2000");
        List<String> everyStore = products(range + "&vendorId=" + vendor + "&categoryId=" + root + "&limit=200");
        assertThat(everyStore)
                .containsExactly(a.sku() + " 3 [EUR 30.00] 60 56 0.0476", b.sku() + " 5 [EUR 20.00] 20 15 0.2000");
        JsonNode item = get(range + "&storeId=" + store + "&vendorId=" + otherVendor)
                .get("items")
                .get(0);
        assertThat(item.get("itemId").asString()).isEqualTo(c.id().toString());
        assertThat(item.get("name").asString()).isEqualTo("Item " + c.sku());
        assertThat(get(range + "&storeId=" + fixtures.store()).get("items")).isEmpty();
    }

    @Test
    void refusesBadRangesGranularitiesSortsAndLimitsWithProblemCodes() {
        assertProblem("/api/dashboard/sales?from=2025-03-02&to=2025-03-01", 422, "invalid_range");
        // 2024-01-01 .. 2025-12-31 is 366 + 365 = 731 days: allowed; one more day is not
        assertThat(admin().get("/api/dashboard/sales?from=2024-01-01&to=2025-12-31&granularity=month")
                        .json()
                        .get("buckets"))
                .hasSize(24);
        assertProblem("/api/dashboard/sales?from=2024-01-01&to=2026-01-01", 422, "invalid_range");
        assertProblem("/api/dashboard/products?from=2025-03-02&to=2025-03-01", 422, "invalid_range");
        assertProblem(
                "/api/dashboard/sales?from=2025-03-01&to=2025-03-02&granularity=year", 400, "invalid_granularity");
        assertProblem("/api/dashboard/sales?from=2025-03-01", 400, "bad_request");
        assertProblem("/api/dashboard/sales?from=2025-13-01&to=2025-03-02", 400, "validation_failed");
        assertProblem("/api/dashboard/summary?date=yesterday", 400, "validation_failed");
        assertProblem("/api/dashboard/summary?storeId=not-a-uuid", 400, "validation_failed");
        assertProblem("/api/dashboard/products?from=2025-03-01&to=2025-03-02&sort=price", 400, "invalid_sort");
        assertProblem("/api/dashboard/products?from=2025-03-01&to=2025-03-02&limit=0", 400, "invalid_limit");
        assertProblem("/api/dashboard/products?from=2025-03-01&to=2025-03-02&limit=201", 400, "invalid_limit");
    }

    @Test
    void staffRolesReadTheDashboardAndVendorsAndStrangersDoNot() {
        String[] paths = {
            "/api/dashboard/summary", "/api/dashboard/sales?from=2025-03-01&to=2025-03-02", "/api/dashboard/products"
        };
        for (String path : paths) {
            assertThat(anonymous().get(path).status()).as(path).isEqualTo(401);
            assertThat(as(Role.VENDOR, fixtures.vendor()).get(path).status())
                    .as(path)
                    .isEqualTo(403);
        }
        assertThat(as(Role.VIEWER).get(paths[0]).status()).isEqualTo(200);
        assertThat(as(Role.STAFF).get(paths[1]).status()).isEqualTo(200);
    }

    @Test
    void everyPartIsOneStatementWhateverTheNumberOfRows() {
        UUID store = fixtures.store();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String products = "/api/dashboard/products?from=" + today + "&to=" + today + "&storeId=" + store;
        int noItems = statementsOf(products);
        for (int i = 0; i < 3; i++) {
            fixtures.confirmed(
                    store,
                    fixtures.item("made_to_order", 2.00, "EUR", null, null).sku(),
                    1);
        }
        int threeItems = statementsOf(products);
        int sales = statementsOf("/api/dashboard/sales?from=2024-01-01&to=2025-12-31&storeId=" + store);
        int summary = statementsOf("/api/dashboard/summary?storeId=" + store);

        assertThat(threeItems).as("3 items cost what none cost (else N+1)").isEqualTo(noItems);
        assertThat(sales)
                .as("731 daily buckets cost one statement, as the product table does")
                .isEqualTo(noItems);
        assertThat(summary)
                .as("the summary's four parts: three statements more")
                .isEqualTo(noItems + 3);
    }

    private int statementsOf(String path) {
        String requestId = unique("dashboard-statements");
        Response response = admin().get(path, "X-Request-Id", requestId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return statements.statementsOf(requestId);
    }

    private UUID soldAt(UUID store, String at, String sku, int quantity) {
        UUID order = fixtures.confirmed(store, sku, quantity);
        fixtures.createdAt(order, Instant.parse(at));
        return order;
    }

    private JsonNode get(String path) {
        Response response = admin().get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private void assertProblem(String path, int status, String code) {
        Response response = admin().get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.code()).as(response.toString()).isEqualTo(code);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    /** Each bucket as "start orders units [CUR amount, ...]". */
    private List<String> buckets(String path) {
        List<String> buckets = new ArrayList<>();
        for (JsonNode bucket : get(path).get("buckets")) {
            buckets.add(
                    bucket.get("start").asString() + " " + bucket.get("orders").asLong() + " "
                            + bucket.get("units").asLong() + " " + money(bucket.get("revenue")));
        }
        return buckets;
    }

    /** Each item as "sku units [CUR amount, ...] onHand available sellThrough". */
    private List<String> products(String path) {
        List<String> items = new ArrayList<>();
        for (JsonNode item : get(path).get("items")) {
            items.add(item.get("sku").asString() + " " + item.get("units").asLong() + " " + money(item.get("revenue"))
                    + " " + item.get("onHand").asLong() + " "
                    + item.get("available").asLong() + " "
                    + item.get("sellThrough").decimalValue().setScale(4).toPlainString());
        }
        return items;
    }

    private static List<String> money(JsonNode amounts) {
        List<String> money = new ArrayList<>();
        for (JsonNode amount : amounts) {
            money.add(amount.get("currency").asString() + " "
                    + amount.get("amount").decimalValue().setScale(2).toPlainString());
        }
        return money;
    }
}
