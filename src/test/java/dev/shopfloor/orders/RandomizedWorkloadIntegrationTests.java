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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Must show: a seeded random mix of order placements, line changes, confirmations, cancels, shipments, stock
 * adjustments, transfers and purchase-order receipts from concurrent workers over a few scarce SKUs at two locations. Refusals (409, 422)
 * are expected; anything else fails the test with its seed (rerun one with -Dworkload.seed=...). Afterwards the
 * consistency check reports no drift and the test's own reading of the books agrees: every level balances, every
 * order line holds exactly what its order's status says, sales match shipments, and total stock moved exactly by
 * the adjustments and receipts that were accepted and the goods that shipped.
 */
class RandomizedWorkloadIntegrationTests extends IntegrationTest {

    private static final int WORKERS = 8;
    private static final int OPERATIONS_PER_WORKER = 40;
    private static final int SKUS = 5;
    private static final int UNITS_PER_LEVEL = 15;
    private static final Duration DEADLINE = Duration.ofMinutes(5);

    @Autowired
    JdbcClient jdbc;

    private final List<String> skus = new ArrayList<>();
    private final List<UUID> locations = new ArrayList<>();
    private final Map<UUID, JsonNode> orders = new ConcurrentHashMap<>();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final AtomicLong stockIn = new AtomicLong();
    private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    private Api staff;
    private UUID customer;

    @Test
    void aRandomConcurrentWorkloadLeavesNoDrift() {
        long seed = Long.getLong("workload.seed", System.nanoTime());
        System.out.println(
                "RandomizedWorkloadIntegrationTests seed " + seed + " (rerun with -Dworkload.seed=" + seed + ")");
        OrderFixtures fixtures = new OrderFixtures(admin());
        StockFixtures stock = new StockFixtures(jdbc);
        StockBooks books = new StockBooks(jdbc);
        customer = fixtures.customer();
        staff = as(Role.MANAGER);
        locations.add(stock.location());
        locations.add(stock.location());
        for (int i = 0; i < SKUS; i++) {
            String sku = fixtures.stockItem(5 + i);
            locations.forEach(location -> stock.receive(sku, location, UNITS_PER_LEVEL));
            skus.add(sku);
        }
        skus.add(fixtures.madeToOrder(30));
        long initialStock = (long) SKUS * locations.size() * UNITS_PER_LEVEL;

        List<Callable<Integer>> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            Random random = new Random(seed + w);
            workers.add(() -> {
                for (int op = 0; op < OPERATIONS_PER_WORKER; op++) {
                    step(random);
                }
                return OPERATIONS_PER_WORKER;
            });
        }
        Concurrently.run(WORKERS, workers, DEADLINE);

        String context = "seed " + seed + ", outcomes " + new java.util.TreeMap<>(outcomes);
        System.out.println("RandomizedWorkloadIntegrationTests " + context);
        assertThat(unexpected).as(context).isEmpty();
        Response consistency = admin().get("/api/inventory/consistency");
        assertThat(consistency.status()).as(consistency.toString()).isEqualTo(200);
        assertThat(consistency.json().get("drift"))
                .as(context + " " + consistency)
                .isEmpty();
        assertThat(consistency.json().get("ok").asBoolean()).as(context).isTrue();

        List<UUID> levels = books.levelsOf(skus);
        List<StockBooks.Level> after = books.levels(levels);
        assertThat(after)
                .as(context)
                .allSatisfy(level ->
                        assertThat(level.balanced()).as(level.toString()).isTrue());
        List<UUID> orderIds = List.copyOf(orders.keySet());
        assertThat(orderIds).as(context + ": the workload placed orders").isNotEmpty();
        assertThat(books.linesHeldWrong(orderIds)).as(context).isEmpty();
        long shipped = books.shippedOn(orderIds);
        assertThat(books.soldFor(orderIds)).as(context).isEqualTo(-shipped);
        long onHand = after.stream().mapToLong(StockBooks.Level::onHand).sum();
        assertThat(onHand)
                .as(context + ": received + accepted adjustments and receipts - shipped")
                .isEqualTo(initialStock + stockIn.get() - shipped);
        assertThat(shipped).as(context + ": the workload shipped goods").isPositive();
    }

    private void step(Random random) {
        int dice = random.nextInt(100);
        UUID order = orders.isEmpty() || dice < 30 ? null : anyOrder(random);
        if (order == null) {
            place(random);
        } else if (dice < 45) {
            changeLine(random, order);
        } else if (dice < 55) {
            expect(staff.put(status(order), Map.of("status", "confirmed")), "confirm");
        } else if (dice < 65) {
            expect(staff.put(status(order), Map.of("status", "cancelled")), "cancel");
        } else if (dice < 75) {
            ship(random, order);
        } else if (dice < 85) {
            adjust(random);
        } else if (dice < 95) {
            transfer(random);
        } else {
            restock(random);
        }
    }

    private void place(Random random) {
        int lines = 1 + random.nextInt(4);
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> pool = new ArrayList<>(skus);
        java.util.Collections.shuffle(pool, random);
        for (int i = 0; i < lines; i++) {
            items.add(line(pool.get(i), 1 + random.nextInt(4)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customer);
        body.put("items", items);
        if (random.nextInt(4) == 0) {
            body.put("locationId", locations.get(random.nextInt(locations.size())));
        }
        Response placed = staff.post("/api/orders", body);
        if (expect(placed, "place") && placed.status() == 201) {
            orders.put(UUID.fromString(placed.id()), placed.json());
        }
    }

    /** Confirms (refused unless pending) and ships everything open or one unit of one line. */
    private void ship(Random random, UUID order) {
        expect(staff.put(status(order), Map.of("status", "confirmed")), "confirm before shipping");
        Map<String, Object> shipment = new LinkedHashMap<>();
        shipment.put("carrier", "UPS");
        if (random.nextBoolean()) {
            JsonNode items = orders.get(order).get("items");
            String line = items.get(random.nextInt(items.size())).get("id").asString();
            shipment.put("lines", List.of(Map.of("orderItemId", line, "quantity", 1)));
        }
        expect(staff.post("/api/orders/" + order + "/shipments", shipment), "ship");
    }

    private void changeLine(Random random, UUID order) {
        JsonNode items = orders.get(order).get("items");
        String line = items.get(random.nextInt(items.size())).get("id").asString();
        expect(
                staff.put("/api/orders/" + order + "/items/" + line, Map.of("quantity", 1 + random.nextInt(5))),
                "change line");
    }

    private void adjust(Random random) {
        int delta = random.nextInt(16) - 8;
        if (delta == 0) {
            delta = 1;
        }
        Response adjustment = staff.post(
                "/api/inventory/adjustments",
                Map.of(
                        "sku",
                        skus.get(random.nextInt(SKUS)),
                        "locationId",
                        locations.get(random.nextInt(locations.size())),
                        "delta",
                        delta,
                        "reason",
                        "workload"));
        if (expect(adjustment, "adjust") && adjustment.status() == 201) {
            stockIn.addAndGet(delta);
        }
    }

    private void transfer(Random random) {
        int from = random.nextInt(locations.size());
        expect(
                staff.post(
                        "/api/inventory/transfers",
                        Map.of(
                                "sku", skus.get(random.nextInt(SKUS)),
                                "fromLocationId", locations.get(from),
                                "toLocationId", locations.get(1 - from),
                                "quantity", 1 + random.nextInt(5),
                                "reason", "workload")),
                "transfer");
    }

    /** A purchase order for one SKU, ordered and received at once: receipt movements enter the ledger. */
    private void restock(Random random) {
        int quantity = 1 + random.nextInt(5);
        Response drafted = staff.post(
                "/api/inventory/purchase-orders",
                Map.of(
                        "locationId",
                        locations.get(random.nextInt(locations.size())),
                        "lines",
                        List.of(Map.of("sku", skus.get(random.nextInt(SKUS)), "quantity", quantity))));
        if (!expect(drafted, "draft purchase order") || drafted.status() != 201) {
            return;
        }
        String path = "/api/inventory/purchase-orders/" + drafted.id();
        Response ordered = staff.put(path + "/status", Map.of("status", "ordered"));
        if (!expect(ordered, "order purchase order") || ordered.status() != 200) {
            return;
        }
        Response received = staff.post(path + "/receive", null);
        if (expect(received, "receive purchase order") && received.status() == 200) {
            stockIn.addAndGet(quantity);
        }
    }

    /** 2xx, 409 and 422 are answers a real client gets under contention; anything else is recorded. */
    private boolean expect(Response response, String what) {
        int status = response.status();
        outcomes.computeIfAbsent(what + " " + status, k -> new AtomicLong()).incrementAndGet();
        boolean fine = (status >= 200 && status < 300) || status == 409 || status == 422;
        if (!fine) {
            unexpected.add(what + ": " + response);
        }
        return fine;
    }

    private UUID anyOrder(Random random) {
        List<UUID> ids = List.copyOf(orders.keySet());
        return ids.get(random.nextInt(ids.size()));
    }

    private static String status(UUID order) {
        return "/api/orders/" + order + "/status";
    }
}
