package dev.shopfloor.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StockLevelsIntegrationTests extends IntegrationTest {

    @Test
    void showsALevelWithItsNumbersAndETag() {
        String sku = InventoryFixtures.sku(admin());
        UUID location = InventoryFixtures.location(admin());
        UUID level = InventoryFixtures.stock(admin(), sku, location, 7);

        Response read = admin().get("/api/inventory/levels/" + level);
        assertThat(read.status()).isEqualTo(200);
        JsonNode json = read.json();
        assertThat(json.get("sku").asString()).isEqualTo(sku);
        assertThat(json.get("locationId").asString()).isEqualTo(location.toString());
        assertThat(json.get("onHand").asInt()).isEqualTo(7);
        assertThat(json.get("reserved").asInt()).isZero();
        assertThat(json.get("available").asInt()).isEqualTo(7);
        assertThat(json.get("incoming").asInt()).isZero();
        assertThat(json.get("itemId").isNull()).isFalse();
        String etag = read.header("ETag");
        assertThat(etag).isEqualTo("\"" + json.get("version").asInt() + "\"");
        assertThat(admin().get("/api/inventory/levels/" + level, "If-None-Match", etag)
                        .status())
                .isEqualTo(304);
        InventoryFixtures.stock(admin(), sku, location, 1);
        assertThat(admin().get("/api/inventory/levels/" + level, "If-None-Match", etag)
                        .status())
                .as("a movement changes the level's version")
                .isEqualTo(200);
        assertThat(admin().get("/api/inventory/levels/" + UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    @Test
    void setsTheReorderPolicyWithOptimisticLocking() {
        String sku = InventoryFixtures.sku(admin());
        UUID level = InventoryFixtures.stock(admin(), sku, InventoryFixtures.location(admin()), 5);
        int version = admin().get("/api/inventory/levels/" + level)
                .json()
                .get("version")
                .asInt();

        Response stale = admin().put(
                        "/api/inventory/levels/" + level,
                        Map.of("reorderPoint", 3, "reorderQuantity", 20, "version", version - 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("version_conflict");
        assertThat(admin().put(
                                "/api/inventory/levels/" + level,
                                Map.of("reorderPoint", 3, "reorderQuantity", 20),
                                "If-Match",
                                "\"" + (version + 5) + "\"")
                        .status())
                .isEqualTo(412);
        assertThat(admin().put("/api/inventory/levels/" + level, Map.of("reorderPoint", -1, "reorderQuantity", 2))
                        .status())
                .isEqualTo(400);

        Response updated = admin().put(
                        "/api/inventory/levels/" + level,
                        Map.of("reorderPoint", 3, "reorderQuantity", 20),
                        "If-Match",
                        "\"" + version + "\"");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("reorderPoint").asInt()).isEqualTo(3);
        assertThat(updated.json().get("reorderQuantity").asInt()).isEqualTo(20);
        assertThat(updated.json().get("onHand").asInt()).isEqualTo(5);
        assertThat(updated.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
        assertThat(InventoryFixtures.items(admin().get("/api/inventory/levels/" + level + "/history")))
                .extracting(e -> e.get("op").asString())
                .startsWith("update")
                .endsWith("insert");
        assertThat(admin().put(
                                "/api/inventory/levels/" + UUID.randomUUID(),
                                Map.of("reorderPoint", 3, "reorderQuantity", 20))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void filtersBySkuLocationItemAndReorderPoint() {
        String sku = InventoryFixtures.sku(admin());
        String other = InventoryFixtures.sku(admin());
        UUID here = InventoryFixtures.location(admin());
        UUID there = InventoryFixtures.location(admin());
        UUID low = InventoryFixtures.stock(admin(), sku, here, 2);
        UUID high = InventoryFixtures.stock(admin(), sku, there, 50);
        UUID otherLevel = InventoryFixtures.stock(admin(), other, here, 1);
        admin().put("/api/inventory/levels/" + low, Map.of("reorderPoint", 5, "reorderQuantity", 10));
        admin().put("/api/inventory/levels/" + high, Map.of("reorderPoint", 5, "reorderQuantity", 10));

        assertThat(ids("/api/inventory/levels?sku=" + sku.toLowerCase())).containsExactly(high, low);
        assertThat(ids("/api/inventory/levels?locationId=" + here)).containsExactly(otherLevel, low);
        String itemId =
                admin().get("/api/inventory/levels/" + low).json().get("itemId").asString();
        assertThat(ids("/api/inventory/levels?itemId=" + itemId)).containsExactly(high, low);
        assertThat(ids("/api/inventory/levels?sku=" + sku + "&belowReorderPoint=true"))
                .containsExactly(low);
        assertThat(ids("/api/inventory/levels?sku=" + sku + "&belowReorderPoint=false"))
                .containsExactly(high);
        assertThat(ids("/api/inventory/levels?sku=" + sku + "&locationId=" + there))
                .containsExactly(high);

        Response page = admin().get("/api/inventory/levels?sku=" + sku + "&limit=1");
        assertThat(page.json().get("items").size()).isEqualTo(1);
        String cursor = page.json().get("nextCursor").asString();
        assertThat(ids("/api/inventory/levels?sku=" + sku + "&limit=1&cursor=" + cursor))
                .containsExactly(low);
        assertThat(admin().get("/api/inventory/levels?locationId=nope").status())
                .isEqualTo(400);
    }

    private List<UUID> ids(String path) {
        return InventoryFixtures.ids(admin().get(path));
    }
}
