package dev.shopfloor.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.shopfloor.changefeed.ChangeFeed;
import dev.shopfloor.partners.VendorDetails;
import dev.shopfloor.partners.Vendors;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class AdjustmentsIntegrationTests extends IntegrationTest {

    private static final String ADJUST = "/api/inventory/adjustments";

    @Autowired
    Inventory inventory;

    @Autowired
    Vendors vendors;

    @Autowired
    ChangeFeed feed;

    @Test
    void theFirstAdjustmentCreatesTheLevelAndWritesOneMovement() {
        String sku = InventoryFixtures.sku(admin());
        UUID location = InventoryFixtures.location(admin());

        Response created =
                admin().post(ADJUST, InventoryFixtures.adjustment(sku.toLowerCase(), location, 12, "opening count"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode movement = created.json().get("movement");
        assertThat(movement.get("kind").asString()).isEqualTo("adjustment");
        assertThat(movement.get("quantity").asInt()).isEqualTo(12);
        assertThat(movement.get("onHandAfter").asInt()).isEqualTo(12);
        assertThat(movement.get("reason").asString()).isEqualTo("opening count");
        assertThat(movement.get("sku").asString()).isEqualTo(sku);
        assertThat(created.header("Location"))
                .isEqualTo("/api/inventory/movements/" + movement.get("id").asString());
        JsonNode level = created.json().get("level");
        assertThat(level.get("onHand").asInt()).isEqualTo(12);
        assertThat(level.get("available").asInt()).isEqualTo(12);
        assertThat(admin().get(created.header("Location"))
                        .json()
                        .get("quantity")
                        .asInt())
                .isEqualTo(12);
    }

    @Test
    void setOnHandWritesTheDifferenceAndNothingWhenAlreadyRight() {
        String sku = InventoryFixtures.sku(admin());
        UUID location = InventoryFixtures.location(admin());
        UUID level = InventoryFixtures.stock(admin(), sku, location, 10);

        Response counted = admin().post(ADJUST, setOnHand(sku, location, 4));
        assertThat(counted.status()).isEqualTo(201);
        assertThat(counted.json().get("movement").get("quantity").asInt()).isEqualTo(-6);
        assertThat(counted.json().get("level").get("onHand").asInt()).isEqualTo(4);

        Response same = admin().post(ADJUST, setOnHand(sku, location, 4));
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.json().get("movement").isNull()).isTrue();
        assertThat(movements(sku)).hasSize(2);
        assertThat(admin().get("/api/inventory/levels/" + level)
                        .json()
                        .get("onHand")
                        .asInt())
                .isEqualTo(4);
    }

    @Test
    void refusesAStaleExpectedVersionAndWritesNothing() {
        String sku = InventoryFixtures.sku(admin());
        UUID location = InventoryFixtures.location(admin());
        UUID level = InventoryFixtures.stock(admin(), sku, location, 5);
        int version = admin().get("/api/inventory/levels/" + level)
                .json()
                .get("version")
                .asInt();

        Map<String, Object> stale = InventoryFixtures.adjustment(sku, location, -1, "recount");
        stale.put("expectedVersion", version - 1);
        Response refused = admin().post(ADJUST, stale);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("version_conflict");

        Map<String, Object> current = InventoryFixtures.adjustment(sku, location, -1, "recount");
        current.put("expectedVersion", version);
        assertThat(admin().post(ADJUST, current).status()).isEqualTo(201);
        assertThat(movements(sku)).hasSize(2);
    }

    @Test
    void refusesGoingBelowReservedOrZero() {
        String sku = InventoryFixtures.sku(admin());
        UUID location = InventoryFixtures.location(admin());
        InventoryFixtures.stock(admin(), sku, location, 5);
        CurrentActor.runAs(
                Actor.system("test"),
                () -> inventory.hold(
                        new StockOwner("order", Ids.newId(), "SO-T1"),
                        List.of(new HoldLine(Ids.newId(), sku, 3)),
                        location,
                        null));

        Response belowReserved = admin().post(ADJUST, InventoryFixtures.adjustment(sku, location, -3, "damaged"));
        assertThat(belowReserved.status()).isEqualTo(409);
        assertThat(belowReserved.code()).isEqualTo("insufficient_stock");
        assertThat(belowReserved.json().get("lines").get(0).get("available").asInt())
                .isEqualTo(2);
        assertThat(admin().post(ADJUST, setOnHand(sku, location, 2)).code()).isEqualTo("insufficient_stock");
        assertThat(admin().post(ADJUST, InventoryFixtures.adjustment(sku, location, -2, "damaged"))
                        .status())
                .isEqualTo(201);

        String empty = InventoryFixtures.sku(admin());
        Response belowZero = admin().post(ADJUST, InventoryFixtures.adjustment(empty, location, -1, "lost"));
        assertThat(belowZero.code()).isEqualTo("insufficient_stock");
        assertThat(admin().get("/api/inventory/levels?sku=" + empty).json().get("items"))
                .as("the refused first adjustment left no level behind")
                .isEmpty();
    }

    @Test
    void refusesUnknownSkusLocationsAndBadBodies() {
        String sku = InventoryFixtures.sku(admin());
        UUID location = InventoryFixtures.location(admin());

        Response unknownSku =
                admin().post(ADJUST, InventoryFixtures.adjustment("NOPE-" + Ids.newId(), location, 1, "x"));
        assertThat(unknownSku.status()).isEqualTo(422);
        assertThat(unknownSku.code()).isEqualTo("unknown_sku");
        Response unknownLocation = admin().post(ADJUST, InventoryFixtures.adjustment(sku, UUID.randomUUID(), 1, "x"));
        assertThat(unknownLocation.status()).isEqualTo(422);
        assertThat(unknownLocation.code()).isEqualTo("unknown_location");

        Map<String, Object> inactive = InventoryFixtures.locationBody(unique("WH"));
        inactive.put("active", false);
        UUID closed = UUID.fromString(admin().post("/api/locations", inactive).id());
        assertThat(admin().post(ADJUST, InventoryFixtures.adjustment(sku, closed, 1, "x"))
                        .code())
                .isEqualTo("unknown_location");

        Map<String, Object> both = InventoryFixtures.adjustment(sku, location, 1, "x");
        both.put("setOnHand", 3);
        assertThat(admin().post(ADJUST, both).code()).isEqualTo("validation_failed");
        Map<String, Object> neither = InventoryFixtures.adjustment(sku, location, 1, "x");
        neither.remove("delta");
        assertThat(admin().post(ADJUST, neither).code()).isEqualTo("validation_failed");
        assertThat(admin().post(ADJUST, InventoryFixtures.adjustment(sku, location, 0, "x"))
                        .code())
                .isEqualTo("validation_failed");
        assertThat(admin().post(ADJUST, InventoryFixtures.adjustment(sku, location, 1, " "))
                        .code())
                .isEqualTo("validation_failed");
        assertThat(admin().post(ADJUST, "{\"sku\":").code()).isEqualTo("malformed_json");
        assertThat(admin().get("/api/inventory/levels?sku=" + sku).json().get("items"))
                .isEmpty();
    }

    @Test
    void aRetriedAdjustmentWithTheSameIdempotencyKeyAdjustsOnce() {
        String sku = InventoryFixtures.sku(admin());
        UUID location = InventoryFixtures.location(admin());
        String key = unique("adjust-key");
        Map<String, Object> body = InventoryFixtures.adjustment(sku, location, 5, "delivery count");

        Response first = admin().post(ADJUST, body, "Idempotency-Key", key);
        Response again = admin().post(ADJUST, body, "Idempotency-Key", key);
        Response other = admin().post(
                        ADJUST,
                        InventoryFixtures.adjustment(sku, location, 6, "delivery count"),
                        "Idempotency-Key",
                        key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("idempotency_mismatch");
        assertThat(movements(sku)).hasSize(1);
        assertThat(first.json().get("level").get("onHand").asInt()).isEqualTo(5);
    }

    @Test
    void onHandAlwaysEqualsTheSumOfItsMovements() {
        String sku = InventoryFixtures.sku(admin());
        UUID location = InventoryFixtures.location(admin());
        UUID level = InventoryFixtures.stock(admin(), sku, location, 20);
        int[] deltas = {-3, 7, -11, 2, -1};
        for (int delta : deltas) {
            assertThat(admin().post(ADJUST, InventoryFixtures.adjustment(sku, location, delta, "series"))
                            .status())
                    .isEqualTo(201);
        }
        admin().post(ADJUST, setOnHand(sku, location, 9));
        admin().post(ADJUST, InventoryFixtures.adjustment(sku, location, -100, "refused"));

        List<JsonNode> ledger = movements(sku);
        int sum = ledger.stream().mapToInt(m -> m.get("quantity").asInt()).sum();
        assertThat(ledger).hasSize(7);
        assertThat(sum).isEqualTo(9);
        assertThat(ledger.getFirst().get("onHandAfter").asInt()).isEqualTo(9);
        assertThat(admin().get("/api/inventory/levels/" + level)
                        .json()
                        .get("onHand")
                        .asInt())
                .isEqualTo(sum);
    }

    @Test
    void aVendorAdjustsAndSeesOnlyItsOwnStockOverHttpAndSync() {
        UUID mine = vendor();
        UUID theirs = vendor();
        Api vendor = as(Role.VENDOR, mine);
        String mySku = InventoryFixtures.sku(admin(), mine);
        String theirSku = InventoryFixtures.sku(admin(), theirs);
        UUID location = InventoryFixtures.location(admin());
        long since = feed.headSeq();

        UUID myLevel = InventoryFixtures.stock(vendor, mySku, location, 4);
        UUID theirLevel = InventoryFixtures.stock(admin(), theirSku, location, 6);
        Response foreign = vendor.post(ADJUST, InventoryFixtures.adjustment(theirSku, location, 1, "not mine"));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.code()).isEqualTo("unknown_sku");

        assertThat(InventoryFixtures.ids(vendor.get("/api/inventory/levels?locationId=" + location)))
                .containsExactly(myLevel);
        assertThat(vendor.get("/api/inventory/levels/" + theirLevel).status()).isEqualTo(404);
        assertThat(InventoryFixtures.items(vendor.get("/api/inventory/movements?locationId=" + location)))
                .extracting(m -> m.get("sku").asString())
                .containsOnly(mySku);
        assertThat(vendor.put("/api/inventory/levels/" + theirLevel, Map.of("reorderPoint", 1, "reorderQuantity", 1))
                        .status())
                .isEqualTo(404);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> seen = InventoryFixtures.items(
                    vendor.get("/api/changes?topics=stock_levels,stock_movements&limit=1000&since=" + since));
            List<JsonNode> all = InventoryFixtures.items(
                    admin().get("/api/changes?topics=stock_levels,stock_movements&limit=1000&since=" + since));
            assertThat(all).extracting(e -> e.get("id").asString()).contains(theirLevel.toString());
            assertThat(seen).extracting(e -> e.get("id").asString()).contains(myLevel.toString());
            assertThat(seen)
                    .extracting(e -> e.get("data").get("sku").asString())
                    .containsOnly(mySku);
        });
    }

    @Test
    void thePmsAliasesAnswerLikeTheOriginals() {
        String sku = InventoryFixtures.sku(admin());
        UUID here = InventoryFixtures.location(admin());
        UUID there = InventoryFixtures.location(admin());
        Response adjusted =
                admin().post("/api/pms/inventory/adjust", InventoryFixtures.adjustment(sku, here, 8, "pms"));
        assertThat(adjusted.status()).isEqualTo(201);
        assertThat(adjusted.json().get("level").get("onHand").asInt()).isEqualTo(8);
        assertThat(admin().post("/api/pms/inventory/adjust", setOnHand(sku, there, 3))
                        .status())
                .isEqualTo(201);
        assertThat(admin().post("/api/pms/inventory/adjust", Map.of("sku", sku)).code())
                .isEqualTo("validation_failed");

        Response status = admin().get("/api/pms/inventory/status?sku=" + sku.toLowerCase());
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("sku").asString()).isEqualTo(sku);
        assertThat(status.json().get("onHand").asInt()).isEqualTo(11);
        assertThat(status.json().get("available").asInt()).isEqualTo(11);
        assertThat(status.json().get("levels").size()).isEqualTo(2);
        assertThat(admin().get("/api/pms/inventory/status?sku=NOPE-" + Ids.newId())
                        .code())
                .isEqualTo("unknown_sku");

        Response history = admin().get("/api/pms/inventory/history?sku=" + sku);
        assertThat(InventoryFixtures.items(history))
                .extracting(m -> m.get("quantity").asInt())
                .containsExactly(3, 8);
        assertThat(admin().get("/api/pms/inventory/history").status()).isEqualTo(400);
    }

    private List<JsonNode> movements(String sku) {
        return InventoryFixtures.items(admin().get("/api/inventory/movements?limit=200&sku=" + sku));
    }

    private static Map<String, Object> setOnHand(String sku, UUID location, int quantity) {
        Map<String, Object> body = InventoryFixtures.adjustment(sku, location, 0, "cycle count");
        body.remove("delta");
        body.put("setOnHand", quantity);
        return body;
    }

    private UUID vendor() {
        return CurrentActor.runAs(Actor.system("test"), () -> vendors.create(VendorDetails.named(unique("Vendor"))))
                .id();
    }
}
