package dev.shopfloor.orders;

import static dev.shopfloor.orders.OrderFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.inventory.StockFixtures;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.Concurrently;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Must show: concurrent multi-line orders over overlapping SKUs in opposite and random line orders, and
 * concurrent line changes, line additions and cancels of those orders, all finish without a deadlock or lock
 * timeout reaching the client (no 503 contention, no 500), and the stock agrees afterwards. Stock is plenty, so
 * every request must succeed; each SKU lies at two locations, so orders lock up to eight levels.
 */
class DeadlockFreedomConcurrencyIntegrationTests extends IntegrationTest {

    private static final int ORDERS = 120;
    private static final int THREADS = 32;
    private static final Duration DEADLINE = Duration.ofMinutes(4);

    @Autowired
    JdbcClient jdbc;

    @Test
    void overlappingMultiLineOrdersInOppositeLineOrdersNeverFailWithContention() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        OrderFixtures fixtures = new OrderFixtures(admin());
        StockFixtures stock = new StockFixtures(jdbc);
        StockBooks books = new StockBooks(jdbc);
        UUID customer = fixtures.customer();
        UUID north = stock.location();
        UUID south = stock.location();
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String sku = fixtures.stockItem(10 + i);
            stock.receive(sku, north, 5_000);
            stock.receive(sku, south, 5_000);
            skus.add(sku);
        }
        Api staff = as(Role.STAFF);

        List<Callable<Response>> placements = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            List<String> lineOrder = new ArrayList<>(skus);
            switch (i % 3) {
                case 0 -> {}
                case 1 -> Collections.reverse(lineOrder);
                default -> Collections.shuffle(lineOrder, random);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("customerId", customer);
            body.put(
                    "items",
                    lineOrder.stream()
                            .map(sku -> line(sku, 1 + random.nextInt(3)))
                            .toList());
            placements.add(() -> staff.post("/api/orders", body));
        }
        List<Response> placed = Concurrently.run(THREADS, placements, DEADLINE);
        assertThat(placed)
                .as("seed %d; %s", seed, odd(placed))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(201));

        List<JsonNode> orders = placed.stream().map(Response::json).toList();
        List<Callable<Response>> edits = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            JsonNode order = orders.get(i);
            String id = order.get("id").asString();
            JsonNode items = order.get("items");
            switch (i % 4) {
                case 0 -> edits.add(() -> staff.put("/api/orders/" + id + "/status", Map.of("status", "cancelled")));
                case 1 -> {
                    // two concurrent changes of the same order, on lines of different SKUs
                    String first = items.get(0).get("id").asString();
                    String last = items.get(3).get("id").asString();
                    edits.add(() -> staff.put("/api/orders/" + id + "/items/" + first, Map.of("quantity", 4)));
                    edits.add(() -> staff.put("/api/orders/" + id + "/items/" + last, Map.of("quantity", 1)));
                }
                case 2 -> {
                    String sku = skus.get(i % skus.size());
                    edits.add(() -> staff.post("/api/orders/" + id + "/items", line(sku, 2)));
                }
                default ->
                    edits.add(() -> staff.delete("/api/orders/" + id + "/items/"
                            + items.get(1).get("id").asString()));
            }
        }
        for (int i = 0; i < ORDERS / 4; i++) {
            List<String> reversed = new ArrayList<>(skus);
            Collections.reverse(reversed);
            edits.add(() -> staff.post(
                    "/api/orders",
                    Map.of(
                            "customerId",
                            customer,
                            "items",
                            reversed.stream().map(s -> line(s, 1)).toList())));
        }
        Collections.shuffle(edits, random);
        List<Response> edited = Concurrently.run(THREADS, edits, DEADLINE);
        assertThat(edited)
                .as("seed %d; %s", seed, odd(edited))
                .allSatisfy(r -> assertThat(r.status()).isIn(200, 201));

        List<UUID> levels = books.levelsOf(skus);
        assertThat(levels).hasSize(8);
        assertThat(books.levels(levels))
                .allSatisfy(level ->
                        assertThat(level.balanced()).as(level.toString()).isTrue());
        List<UUID> orderIds = new ArrayList<>(orders.stream()
                .map(o -> UUID.fromString(o.get("id").asString()))
                .toList());
        edited.stream()
                .filter(r -> r.status() == 201 && r.header("Location") != null)
                .forEach(r -> orderIds.add(UUID.fromString(r.id())));
        assertThat(books.linesHeldWrong(orderIds)).as("seed %d", seed).isEmpty();
        long reserved = books.levels(levels).stream()
                .mapToLong(StockBooks.Level::reserved)
                .sum();
        assertThat(reserved).isEqualTo(heldByPendingOrders(orderIds));
    }

    /** What the pending orders' stock lines ask for, from the order tables. */
    private long heldByPendingOrders(List<UUID> orderIds) {
        return jdbc.sql("""
                        SELECT coalesce(sum(i.quantity - i.shipped_quantity), 0)
                        FROM order_items i
                        JOIN orders o ON o.id = i.order_id
                        WHERE o.id = ANY(:ids::uuid[])
                          AND o.status = 'pending'
                          AND i.fulfillment = 'stock'
                        """)
                .param("ids", orderIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    private static String odd(List<Response> answers) {
        return answers.stream()
                .filter(r -> r.status() >= 300)
                .findFirst()
                .map(r -> "first failure: " + r)
                .orElse("no failure");
    }
}
