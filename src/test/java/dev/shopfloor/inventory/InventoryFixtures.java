package dev.shopfloor.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Catalog SKUs and locations made over HTTP, and stock moved through the inventory endpoints. */
final class InventoryFixtures {

    private InventoryFixtures() {}

    /** A new stock item's SKU (admin), optionally belonging to a vendor. */
    static String sku(Api admin, @Nullable UUID vendorId) {
        String sku = IntegrationTest.unique("INV").toUpperCase();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", sku);
        item.put("name", "Socks " + sku);
        item.put("price", 9.90);
        item.put("currency", "EUR");
        item.put("status", "published");
        item.put("fulfillment", "stock");
        if (vendorId != null) {
            item.put("vendorId", vendorId);
        }
        Response created = admin.post("/api/catalog", item);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return sku;
    }

    static String sku(Api admin) {
        return sku(admin, null);
    }

    /** A new active warehouse (admin). */
    static UUID location(Api admin) {
        Response created = admin.post("/api/locations", locationBody(IntegrationTest.unique("WH")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.id());
    }

    static Map<String, Object> locationBody(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Warehouse " + code);
        body.put("kind", "warehouse");
        body.put("address", "1 Dock Road");
        return body;
    }

    static Map<String, Object> adjustment(String sku, UUID location, int delta, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("locationId", location);
        body.put("delta", delta);
        body.put("reason", reason);
        return body;
    }

    /** The items of a 200 page response. */
    static List<JsonNode> items(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().get("items").forEach(items::add);
        return items;
    }

    static List<UUID> ids(Response response) {
        return items(response).stream()
                .map(n -> UUID.fromString(n.get("id").asString()))
                .toList();
    }

    /** Adds stock with an adjustment and returns the level id. */
    static UUID stock(Api api, String sku, UUID location, int quantity) {
        Response adjusted = api.post("/api/inventory/adjustments", adjustment(sku, location, quantity, "count"));
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(201);
        return UUID.fromString(adjusted.json().get("level").get("id").asString());
    }
}
