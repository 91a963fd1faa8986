package dev.shopfloor.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Concurrent stock writes over real HTTP: no overselling, no deadlock reaching the client, books that agree. */
class StockConcurrencyIntegrationTests extends IntegrationTest {

    @Test
    void concurrentTakeawaysNeverGoBelowZero() throws Exception {
        String sku = InventoryFixtures.sku(admin());
        UUID location = InventoryFixtures.location(admin());
        UUID level = InventoryFixtures.stock(admin(), sku, location, 10);
        Api api = admin();

        List<Integer> statuses = concurrently(
                30,
                i -> api.post(
                                "/api/inventory/adjustments",
                                InventoryFixtures.adjustment(sku, location, -1, "pick " + i))
                        .status());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(10);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(20);
        assertBooksAgree(sku, level, 0);
    }

    @Test
    void transfersInOppositeDirectionsFinishWithoutDeadlock() throws Exception {
        String sku = InventoryFixtures.sku(admin());
        UUID a = InventoryFixtures.location(admin());
        UUID b = InventoryFixtures.location(admin());
        UUID levelA = InventoryFixtures.stock(admin(), sku, a, 50);
        UUID levelB = InventoryFixtures.stock(admin(), sku, b, 50);
        Api api = admin();

        List<Integer> statuses = concurrently(
                40,
                i -> api.post(
                                "/api/inventory/transfers",
                                transfer(sku, i % 2 == 0 ? a : b, i % 2 == 0 ? b : a, 1 + i % 3))
                        .status());

        assertThat(statuses).containsOnly(201);
        int onHandA =
                api.get("/api/inventory/levels/" + levelA).json().get("onHand").asInt();
        int onHandB =
                api.get("/api/inventory/levels/" + levelB).json().get("onHand").asInt();
        assertThat(onHandA + onHandB).isEqualTo(100);
        assertBooksAgree(sku, levelA, onHandA);
        assertBooksAgree(sku, levelB, onHandB);
    }

    private void assertBooksAgree(String sku, UUID level, int expectedOnHand) {
        List<JsonNode> ledger = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10; page++) {
            JsonNode body = admin().get("/api/inventory/movements?limit=200&sku=" + sku
                            + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            body.get("items").forEach(ledger::add);
            cursor = body.get("nextCursor").isNull()
                    ? null
                    : body.get("nextCursor").asString();
            if (cursor == null) {
                break;
            }
        }
        int sum = ledger.stream()
                .filter(m -> m.get("levelId").asString().equals(level.toString()))
                .mapToInt(m -> m.get("quantity").asInt())
                .sum();
        JsonNode stored = admin().get("/api/inventory/levels/" + level).json();
        assertThat(stored.get("onHand").asInt()).isEqualTo(expectedOnHand).isEqualTo(sum);
    }

    private interface Call {
        int run(int i);
    }

    private static List<Integer> concurrently(int calls, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int n = i;
                futures.add(pool.submit(() -> call.run(n)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get(120, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> transfer(String sku, UUID from, UUID to, int quantity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("fromLocationId", from);
        body.put("toLocationId", to);
        body.put("quantity", quantity);
        return body;
    }
}
