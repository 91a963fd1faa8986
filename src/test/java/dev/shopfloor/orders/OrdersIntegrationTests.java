package dev.shopfloor.orders;

import static dev.shopfloor.orders.OrderFixtures.body;
import static dev.shopfloor.orders.OrderFixtures.draftBody;
import static dev.shopfloor.orders.OrderFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.inventory.StockFixtures;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Placing, reading, listing, editing and deleting orders, and their lines, over real HTTP. */
class OrdersIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private OrderFixtures fixtures;
    private StockFixtures stock;

    @BeforeEach
    void setUp() {
        fixtures = new OrderFixtures(admin());
        stock = new StockFixtures(jdbc);
    }

    @Test
    void placesAPendingOrderPricedFromTheCatalogWithTotalsFromTheServerAndHoldsItsStockLines() {
        UUID customer = fixtures.customer();
        String shoe = fixtures.stockItem(89.90);
        String jersey = fixtures.madeToOrder(45.50);
        UUID level = stock.receive(shoe, stock.location(), 10);
        Map<String, Object> request = body(customer, line(shoe.toLowerCase(), 3), line(jersey, 2));
        request.put("shippingAmount", 4.95);

        Response created = as(Role.STAFF).post("/api/orders", request);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode order = created.json();
        assertThat(order.get("number").asString()).matches("SO-1\\d{4,}");
        assertThat(order.get("status").asString()).isEqualTo("pending");
        assertThat(order.get("currency").asString()).isEqualTo("EUR");
        assertThat(order.get("subtotal").decimalValue()).isEqualByComparingTo("360.70");
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("365.65");
        assertThat(order.get("paidAmount").decimalValue()).isEqualByComparingTo("0");
        assertThat(order.get("paymentStatus").asString()).isEqualTo("unpaid");
        assertThat(Instant.parse(order.get("holdExpiresAt").asString()))
                .isBetween(
                        Instant.now().plus(Duration.ofMinutes(29)),
                        Instant.now().plus(Duration.ofMinutes(31)));
        assertThat(created.header("Location"))
                .isEqualTo("/api/orders/" + order.get("id").asString());
        JsonNode first = order.get("items").get(0);
        assertThat(first.get("sku").asString()).isEqualTo(shoe);
        assertThat(first.get("unitPrice").decimalValue()).isEqualByComparingTo("89.90");
        assertThat(first.get("lineTotal").decimalValue()).isEqualByComparingTo("269.70");
        assertThat(first.get("priceOverridden").asBoolean()).isFalse();
        assertThat(first.get("fulfillment").asString()).isEqualTo("stock");
        assertThat(order.get("items").get(1).get("fulfillment").asString()).isEqualTo("made_to_order");
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(10, 3, 7));
        assertThat(activeHolds(order)).isEqualTo(3);
    }

    @Test
    void shortStockIs409ListingEveryShortLineAndWritesNothing() {
        UUID customer = fixtures.customer();
        String a = fixtures.stockItem(10);
        String b = fixtures.stockItem(10);
        String plenty = fixtures.stockItem(10);
        UUID where = stock.location();
        UUID levelA = stock.receive(a, where, 1);
        stock.receive(b, where, 2);
        UUID levelPlenty = stock.receive(plenty, where, 50);

        Response refused = admin().post("/api/orders", body(customer, line(a, 2), line(plenty, 5), line(b, 3)));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("insufficient_stock");
        List<String> shortSkus = new ArrayList<>();
        refused.json().get("lines").forEach(l -> shortSkus.add(l.get("sku").asString()));
        assertThat(shortSkus).containsExactlyInAnyOrder(a, b);
        assertThat(ordersOf(customer)).isZero();
        assertThat(stock.level(levelA).reserved()).isZero();
        assertThat(stock.level(levelPlenty).reserved()).isZero();
    }

    @Test
    void aDraftHoldsNothingAndPendingHoldsWhenItMovesOn() {
        UUID customer = fixtures.customer();
        String shoe = fixtures.stockItem(20);
        UUID level = stock.receive(shoe, stock.location(), 4);

        JsonNode draft = fixtures.place(draftBody(customer, line(shoe, 4)));

        assertThat(draft.get("status").asString()).isEqualTo("draft");
        assertThat(draft.get("holdExpiresAt").isNull()).isTrue();
        assertThat(stock.level(level).reserved()).isZero();
        JsonNode pending = fixtures.move(draft, OrderStatus.PENDING);
        assertThat(pending.get("holdExpiresAt").isNull()).isFalse();
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(4, 4, 0));
    }

    @Test
    void onlyManagersAndAdminsOverridePrices() {
        UUID customer = fixtures.customer();
        String sku = fixtures.madeToOrder(30);
        Map<String, Object> overridden = body(customer, Map.of("sku", sku, "quantity", 2, "price", 25.00));

        Response staff = as(Role.STAFF).post("/api/orders", overridden);
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.code()).isEqualTo("price_override_forbidden");
        assertThat(ordersOf(customer)).isZero();

        Response manager = as(Role.MANAGER).post("/api/orders", overridden);
        assertThat(manager.status()).as(manager.toString()).isEqualTo(201);
        JsonNode item = manager.json().get("items").get(0);
        assertThat(item.get("unitPrice").decimalValue()).isEqualByComparingTo("25.00");
        assertThat(item.get("priceOverridden").asBoolean()).isTrue();
        assertThat(manager.json().get("total").decimalValue()).isEqualByComparingTo("50.00");

        Response negative = admin().post("/api/orders", body(customer, Map.of("sku", sku, "quantity", 1, "price", -1)));
        assertThat(negative.status()).isEqualTo(422);
        Response huge = admin().post(
                        "/api/orders", body(customer, Map.of("sku", sku, "quantity", 2, "price", 9_999_999_999.99)));
        assertThat(huge.status()).as(huge.toString()).isEqualTo(422);
        assertThat(huge.code()).isEqualTo("amount_too_large");
    }

    @Test
    void refusesUnknownSkusArchivedItemsMixedCurrenciesAndUnknownCustomers() {
        UUID customer = fixtures.customer();
        String euro = fixtures.madeToOrder(10);
        String dollar = fixtures.item("made_to_order", 10, "USD", "published", null);
        String archived = fixtures.item("made_to_order", 10, "EUR", "archived", null);
        String missing = unique("NOPE").toUpperCase();

        Response unknown = admin().post("/api/orders", body(customer, line(euro, 1), line(missing, 1)));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("unknown_sku");
        assertThat(unknown.json().get("skus").get(0).asString()).isEqualTo(missing);

        Response unavailable = admin().post("/api/orders", body(customer, line(archived, 1)));
        assertThat(unavailable.status()).isEqualTo(422);
        assertThat(unavailable.code()).isEqualTo("item_unavailable");

        Response mixed = admin().post("/api/orders", body(customer, line(euro, 1), line(dollar, 1)));
        assertThat(mixed.status()).isEqualTo(422);
        assertThat(mixed.code()).isEqualTo("currency_mismatch");

        Response nobody = admin().post("/api/orders", body(UUID.randomUUID(), line(euro, 1)));
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.code()).isEqualTo("unknown_customer");

        Response empty = admin().post("/api/orders", Map.of("customerId", customer, "items", List.of()));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(ordersOf(customer)).isZero();
    }

    @Test
    void readsAnOrderWithETagAnd304() {
        JsonNode order = fixtures.orderIn(OrderStatus.DRAFT);
        String id = order.get("id").asString();
        Response read = as(Role.VIEWER).get("/api/orders/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"" + order.get("version").asInt() + "\"");
        assertThat(read.json().get("items")).hasSize(1);
        assertThat(admin().get("/api/orders/" + id, "If-None-Match", read.header("ETag"))
                        .status())
                .isEqualTo(304);
        assertThat(admin().get("/api/orders/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void listsWithFiltersAndKeysetPages() {
        String name = unique("Filterina");
        UUID customer = fixtures.customerNamed(name);
        UUID store = fixtures.store();
        String sku = fixtures.madeToOrder(10);
        Map<String, Object> inStore = draftBody(customer, line(sku, 1));
        inStore.put("storeId", store);
        JsonNode first = fixtures.place(inStore);
        JsonNode second = fixtures.place(body(customer, line(sku, 1)));
        JsonNode third = fixtures.place(draftBody(customer, line(sku, 2)));

        assertThat(ids("/api/orders?customerId=" + customer)).containsExactly(id(third), id(second), id(first));
        assertThat(ids("/api/orders?customerId=" + customer + "&status=draft")).containsExactly(id(third), id(first));
        assertThat(ids("/api/orders?storeId=" + store)).containsExactly(id(first));
        assertThat(ids("/api/orders?q=" + name.toLowerCase())).containsExactly(id(third), id(second), id(first));
        assertThat(ids("/api/orders?q=" + second.get("number").asString())).contains(id(second));
        Instant created = Instant.parse(second.get("createdAt").asString());
        assertThat(ids("/api/orders?customerId=" + customer + "&from=" + created))
                .contains(id(second), id(third));
        assertThat(ids("/api/orders?customerId=" + customer + "&to=" + created)).containsExactly(id(first));

        Response page1 = admin().get("/api/orders?customerId=" + customer + "&limit=2");
        assertThat(page1.json().get("items")).hasSize(2);
        String cursor = page1.json().get("nextCursor").asString();
        Response page2 = admin().get("/api/orders?customerId=" + customer + "&limit=2&cursor=" + cursor);
        assertThat(page2.json().get("items").get(0).get("id").asString()).isEqualTo(id(first));
        assertThat(page2.json().get("nextCursor").isNull()).isTrue();
        assertThat(page2.json().get("items").get(0).get("items")).hasSize(1);

        assertThat(admin().get("/api/orders?status=lost").status()).isEqualTo(400);
        Response ofCustomer = admin().get("/api/customers/" + customer + "/orders?limit=10");
        assertThat(ofCustomer.status()).isEqualTo(200);
        assertThat(ofCustomer.json().get("items")).hasSize(3);
        assertThat(admin().get("/api/customers/" + UUID.randomUUID() + "/orders")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void updatesOrderFieldsWithVersionChecks() {
        JsonNode order = fixtures.orderIn(OrderStatus.PENDING);
        String id = id(order);
        int version = order.get("version").asInt();
        Map<String, Object> changes = new java.util.LinkedHashMap<>(Map.of(
                "notes",
                "leave at the door",
                "shippingAmount",
                7.50,
                "shippingAddress",
                Map.of("line1", "1 Main St", "city", "Lyon", "country", "FR")));

        Response staleHeader = admin().put("/api/orders/" + id, changes, "If-Match", "\"" + (version + 1) + "\"");
        assertThat(staleHeader.status()).isEqualTo(412);
        changes.put("version", version + 1);
        assertThat(admin().put("/api/orders/" + id, changes).status()).isEqualTo(409);
        changes.put("version", version);

        Response updated = admin().put("/api/orders/" + id, changes);

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isGreaterThan(version);
        assertThat(updated.json().get("notes").asString()).isEqualTo("leave at the door");
        assertThat(updated.json().get("shippingAddress").get("city").asString()).isEqualTo("Lyon");
        assertThat(updated.json().get("total").decimalValue()).isEqualByComparingTo("107.50");
        assertThat(admin().put("/api/orders/" + id, Map.of("storeId", UUID.randomUUID()))
                        .code())
                .isEqualTo("unknown_store");
    }

    @Test
    void changesLinesAndHoldsTheWholeOrderAgainOrLeavesItAsItWas() {
        UUID customer = fixtures.customer();
        String shoe = fixtures.stockItem(10);
        String sock = fixtures.stockItem(2);
        UUID where = stock.location();
        UUID shoes = stock.receive(shoe, where, 5);
        UUID socks = stock.receive(sock, where, 3);
        JsonNode order = fixtures.place(body(customer, line(shoe, 2)));
        String id = id(order);

        Response added = admin().post("/api/orders/" + id + "/items", line(sock, 3));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("items")).hasSize(2);
        assertThat(added.json().get("total").decimalValue()).isEqualByComparingTo("26.00");
        assertThat(added.json().get("version").asInt())
                .isGreaterThan(order.get("version").asInt());
        assertThat(stock.level(socks).reserved()).isEqualTo(3);
        String shoeLine = added.json().get("items").get(0).get("id").asString();

        Response tooMany = admin().put("/api/orders/" + id + "/items/" + shoeLine, Map.of("quantity", 6));
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(409);
        assertThat(tooMany.code()).isEqualTo("insufficient_stock");
        Response unchanged = admin().get("/api/orders/" + id);
        assertThat(unchanged.json().get("version").asInt())
                .isEqualTo(added.json().get("version").asInt());
        assertThat(unchanged.json().get("items").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(stock.level(shoes).reserved()).isEqualTo(2);
        assertThat(stock.level(socks).reserved()).isEqualTo(3);

        Response changed = admin().put("/api/orders/" + id + "/items/" + shoeLine, Map.of("quantity", 5));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("total").decimalValue()).isEqualByComparingTo("56.00");
        assertThat(stock.level(shoes).reserved()).isEqualTo(5);

        String sockLine = changed.json().get("items").get(1).get("id").asString();
        Response removed = admin().delete("/api/orders/" + id + "/items/" + sockLine);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("items")).hasSize(1);
        assertThat(removed.json().get("total").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(stock.level(socks).reserved()).isZero();
        assertThat(activeHolds(removed.json())).isEqualTo(5);

        Response last = admin().delete("/api/orders/" + id + "/items/" + shoeLine);
        assertThat(last.code()).isEqualTo("order_needs_lines");
        Response stalePrice =
                as(Role.STAFF).put("/api/orders/" + id + "/items/" + shoeLine, Map.of("price", 1), "If-Match", "\"1\"");
        assertThat(stalePrice.status()).isEqualTo(403);
        Response stale = admin().put("/api/orders/" + id + "/items/" + shoeLine, Map.of("quantity", 1, "version", 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("version_conflict");
    }

    @Test
    void linesOfShippedOrCancelledOrdersCannotChange() {
        JsonNode cancelled = fixtures.orderIn(OrderStatus.CANCELLED);
        String sku = cancelled.get("items").get(0).get("sku").asString();
        Response refused = admin().post("/api/orders/" + id(cancelled) + "/items", line(sku, 1));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("order_not_editable");
        JsonNode shipped = fixtures.orderIn(OrderStatus.SHIPPED);
        String lineId = shipped.get("items").get(0).get("id").asString();
        assertThat(admin().put("/api/orders/" + id(shipped) + "/items/" + lineId, Map.of("quantity", 1))
                        .code())
                .isEqualTo("order_not_editable");
    }

    @Test
    void deletesOnlyDraftOrCancelledOrders() {
        JsonNode pending = fixtures.orderIn(OrderStatus.PENDING);
        Response refused = admin().delete("/api/orders/" + id(pending));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("order_not_deletable");
        assertThat(as(Role.STAFF).delete("/api/orders/" + id(pending)).status()).isEqualTo(403);

        JsonNode draft = fixtures.orderIn(OrderStatus.DRAFT);
        assertThat(as(Role.MANAGER).delete("/api/orders/" + id(draft)).status()).isEqualTo(204);
        assertThat(admin().get("/api/orders/" + id(draft)).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM order_items WHERE order_id = :id")
                        .param("id", UUID.fromString(id(draft)))
                        .query(Integer.class)
                        .single())
                .isZero();

        JsonNode cancelled = fixtures.orderIn(OrderStatus.CANCELLED);
        assertThat(admin().delete("/api/orders/" + id(cancelled), "If-Match", "\"999\"")
                        .status())
                .isEqualTo(412);
        assertThat(admin().delete("/api/orders/" + id(cancelled)).status()).isEqualTo(204);
    }

    @Test
    void aCustomerWithOrdersIsArchivedNotDeletedAndTheOrderIsKept() {
        JsonNode order = fixtures.orderIn(OrderStatus.PENDING);
        String customer = order.get("customerId").asString();

        Response deleted = admin().delete("/api/customers/" + customer);

        assertThat(deleted.status()).isEqualTo(204);
        Response read = admin().get("/api/customers/" + customer);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("archivedAt").isNull()).isFalse();
        assertThat(admin().get("/api/orders/" + id(order)).status()).isEqualTo(200);
    }

    @Test
    void anIdempotentRetryOfAnOrderPostReturnsTheSameOrder() {
        UUID customer = fixtures.customer();
        Map<String, Object> request = body(customer, line(fixtures.madeToOrder(5), 1));
        String key = unique("order");

        Response first = admin().post("/api/orders", request, "Idempotency-Key", key);
        Response retry = admin().post("/api/orders", request, "Idempotency-Key", key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(ordersOf(customer)).isEqualTo(1);
    }

    @Test
    void theCatalogRefusesToDeleteAnItemThatOrderLinesReferTo() {
        JsonNode order = fixtures.orderIn(OrderStatus.DRAFT);
        String itemId = order.get("items").get(0).get("itemId").asString();

        Response refused = admin().delete("/api/catalog/" + itemId);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("has_dependents");
    }

    @Test
    void aVendorSeesOnlyItsOwnOrderLines() {
        UUID vendor = UUID.fromString(
                admin().post("/api/vendors", Map.of("name", unique("Vendor"))).id());
        String ours = fixtures.item("made_to_order", 12, "EUR", "published", vendor);
        String theirs = fixtures.madeToOrder(12);
        JsonNode order = fixtures.place(body(fixtures.customer(), line(ours, 1), line(theirs, 1)));

        Response lines = as(Role.VENDOR, vendor).get("/api/orders/items?limit=200");

        assertThat(lines.status()).as(lines.toString()).isEqualTo(200);
        List<String> skus = new ArrayList<>();
        lines.json().get("items").forEach(item -> {
            assertThat(item.get("vendorId").asString()).isEqualTo(vendor.toString());
            skus.add(item.get("sku").asString());
        });
        assertThat(skus).containsExactly(ours);
        assertThat(as(Role.VENDOR, vendor).get("/api/orders/" + id(order)).status())
                .isEqualTo(403);
        Response staff = admin().get("/api/orders/items?limit=5");
        assertThat(staff.json().get("items").get(0).get("orderId").asString()).isEqualTo(id(order));
    }

    private int activeHolds(JsonNode order) {
        Integer held = jdbc.sql("SELECT coalesce(sum(quantity), 0) FROM stock_reservations"
                        + " WHERE owner_id = :id AND status = 'active'")
                .param("id", UUID.fromString(id(order)))
                .query(Integer.class)
                .single();
        return held == null ? 0 : held;
    }

    private int ordersOf(UUID customer) {
        return admin().get("/api/customers/" + customer + "/orders")
                .json()
                .get("items")
                .size();
    }

    private List<String> ids(String path) {
        Response list = admin().get(path);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(o -> ids.add(o.get("id").asString()));
        return ids;
    }

    static String id(JsonNode order) {
        return order.get("id").asString();
    }

    static BigDecimal decimal(JsonNode node) {
        return node.decimalValue();
    }
}
