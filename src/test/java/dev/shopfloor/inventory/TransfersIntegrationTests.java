package dev.shopfloor.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class TransfersIntegrationTests extends IntegrationTest {

    private static final String TRANSFER = "/api/inventory/transfers";

    @Autowired
    Inventory inventory;

    @Test
    void movesStockOutOfOneLocationIntoAnotherSharingAReference() {
        String sku = InventoryFixtures.sku(admin());
        UUID from = InventoryFixtures.location(admin());
        UUID to = InventoryFixtures.location(admin());
        UUID source = InventoryFixtures.stock(admin(), sku, from, 10);

        Response moved = admin().post(TRANSFER, transfer(sku, from, to, 4));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        String transferId = moved.json().get("transferId").asString();
        List<JsonNode> movements = new java.util.ArrayList<>();
        moved.json().get("movements").forEach(movements::add);
        assertThat(movements).extracting(m -> m.get("kind").asString()).containsExactly("transfer_out", "transfer_in");
        assertThat(movements).extracting(m -> m.get("quantity").asInt()).containsExactly(-4, 4);
        assertThat(movements).extracting(m -> m.get("referenceId").asString()).containsOnly(transferId);
        assertThat(movements).extracting(m -> m.get("referenceType").asString()).containsOnly("transfer");
        assertThat(moved.json().get("from").get("onHand").asInt()).isEqualTo(6);
        assertThat(moved.json().get("to").get("onHand").asInt()).isEqualTo(4);
        assertThat(moved.json().get("to").get("locationId").asString()).isEqualTo(to.toString());
        assertThat(admin().get("/api/inventory/levels/" + source)
                        .json()
                        .get("onHand")
                        .asInt())
                .isEqualTo(6);

        Response byReference = admin().get("/api/inventory/movements?referenceId=" + transferId);
        assertThat(InventoryFixtures.items(byReference)).hasSize(2);
        assertThat(InventoryFixtures.items(admin().get("/api/inventory/movements?kind=transfer_in&sku=" + sku)))
                .hasSize(1);
        assertThat(admin().get("/api/inventory/movements?kind=teleport").status())
                .isEqualTo(400);
    }

    @Test
    void refusesAShortTransferAndWritesNothing() {
        String sku = InventoryFixtures.sku(admin());
        UUID from = InventoryFixtures.location(admin());
        UUID to = InventoryFixtures.location(admin());
        InventoryFixtures.stock(admin(), sku, from, 3);

        Response refused = admin().post(TRANSFER, transfer(sku, from, to, 4));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("insufficient_stock");
        assertThat(refused.json().get("lines").get(0).get("requested").asInt()).isEqualTo(4);
        assertThat(refused.json().get("lines").get(0).get("available").asInt()).isEqualTo(3);
        assertThat(InventoryFixtures.items(admin().get("/api/inventory/movements?sku=" + sku)))
                .hasSize(1);
        assertThat(InventoryFixtures.ids(admin().get("/api/inventory/levels?sku=" + sku)))
                .as("no empty level was left at the destination")
                .hasSize(1);
    }

    @Test
    void heldStockDoesNotMove() {
        String sku = InventoryFixtures.sku(admin());
        UUID from = InventoryFixtures.location(admin());
        UUID to = InventoryFixtures.location(admin());
        InventoryFixtures.stock(admin(), sku, from, 5);
        CurrentActor.runAs(
                Actor.system("test"),
                () -> inventory.hold(
                        new StockOwner("order", Ids.newId(), "SO-T2"),
                        List.of(new HoldLine(Ids.newId(), sku, 4)),
                        from,
                        null));

        Response refused = admin().post(TRANSFER, transfer(sku, from, to, 2));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("lines").get(0).get("available").asInt()).isEqualTo(1);
        assertThat(admin().post(TRANSFER, transfer(sku, from, to, 1)).status()).isEqualTo(201);
    }

    @Test
    void refusesTheSameLocationUnknownTargetsAndOtherRoles() {
        String sku = InventoryFixtures.sku(admin());
        UUID from = InventoryFixtures.location(admin());
        InventoryFixtures.stock(admin(), sku, from, 5);

        Response same = admin().post(TRANSFER, transfer(sku, from, from, 1));
        assertThat(same.status()).isEqualTo(422);
        assertThat(same.code()).isEqualTo("same_location");
        assertThat(admin().post(TRANSFER, transfer(sku, from, UUID.randomUUID(), 1))
                        .code())
                .isEqualTo("unknown_location");
        assertThat(admin().post(TRANSFER, transfer("NOPE-" + Ids.newId(), from, InventoryFixtures.location(admin()), 1))
                        .code())
                .isEqualTo("unknown_sku");
        assertThat(admin().post(TRANSFER, transfer(sku, from, InventoryFixtures.location(admin()), 0))
                        .code())
                .isEqualTo("validation_failed");
        assertThat(as(Role.VIEWER)
                        .post(TRANSFER, transfer(sku, from, InventoryFixtures.location(admin()), 1))
                        .status())
                .isEqualTo(403);
        assertThat(InventoryFixtures.items(admin().get("/api/inventory/movements?sku=" + sku)))
                .hasSize(1);
    }

    private static Map<String, Object> transfer(String sku, UUID from, UUID to, int quantity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("fromLocationId", from);
        body.put("toLocationId", to);
        body.put("quantity", quantity);
        body.put("reason", "rebalance");
        return body;
    }
}
