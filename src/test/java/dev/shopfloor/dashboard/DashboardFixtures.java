package dev.shopfloor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.inventory.StockFixtures;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores, items, stock and orders for the dashboard's tests, made over HTTP as an admin (backdating aside). */
final class DashboardFixtures {

    private final Api admin;
    private final StockFixtures stock;
    private final DataSource owner;

    DashboardFixtures(Api admin, JdbcClient jdbc, DataSource owner) {
        this.admin = admin;
        this.stock = new StockFixtures(jdbc);
        this.owner = owner;
    }

    UUID store() {
        String code = IntegrationTest.unique("DS").toUpperCase(Locale.ROOT).replace("-", "_");
        return created(admin.post("/api/stores", Map.of("code", code, "name", "Store " + code)));
    }

    UUID vendor() {
        return created(admin.post("/api/vendors", Map.of("name", IntegrationTest.unique("Dashboard vendor"))));
    }

    UUID category(@Nullable UUID parent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", IntegrationTest.unique("Dashboard category"));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return created(admin.post("/api/catalog/categories", body));
    }

    UUID locationIn(UUID store) {
        String code = IntegrationTest.unique("DL").toUpperCase(Locale.ROOT).replace("-", "_");
        return created(
                admin.post("/api/locations", Map.of("code", code, "name", "Shop floor " + code, "storeId", store)));
    }

    /** A published item; {@code variantSkus} become its variants (their SKUs). Returns the created item. */
    Item item(
            String fulfillment,
            double price,
            String currency,
            @Nullable UUID vendor,
            @Nullable UUID category,
            String... variantSkus) {
        String sku = IntegrationTest.unique("DSKU").toUpperCase(Locale.ROOT);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("name", "Item " + sku);
        body.put("price", price);
        body.put("currency", currency);
        body.put("status", "published");
        body.put("fulfillment", fulfillment);
        if (vendor != null) {
            body.put("vendorId", vendor);
        }
        if (category != null) {
            body.put("categoryId", category);
        }
        List<Object> variants = new ArrayList<>();
        for (String variant : variantSkus) {
            variants.add(Map.of("sku", sku + "-" + variant, "size", variant));
        }
        body.put("variants", variants);
        return new Item(created(admin.post("/api/catalog", body)), sku);
    }

    record Item(UUID id, String sku) {
        String variant(String suffix) {
            return sku + "-" + suffix;
        }
    }

    /** Receives stock of the SKU at the location; returns the level id. */
    UUID receive(String sku, UUID location, int quantity) {
        return stock.receive(sku, location, quantity);
    }

    void reorderPoint(UUID level, int point) {
        Response updated =
                admin.put("/api/inventory/levels/" + level, Map.of("reorderPoint", point, "reorderQuantity", 10));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    }

    UUID customer() {
        return created(admin.post("/api/customers", Map.of("name", IntegrationTest.unique("Dashboard customer"))));
    }

    /** A new order of the store (pending, or draft), lines given as sku, quantity, sku, quantity, ... */
    UUID order(UUID store, boolean draft, Object... skuAndQuantity) {
        return order(store, null, draft, skuAndQuantity);
    }

    /** As {@link #order(UUID, boolean, Object...)}, holding stock at {@code location} when given. */
    UUID order(UUID store, @Nullable UUID location, boolean draft, Object... skuAndQuantity) {
        List<Object> lines = new ArrayList<>();
        for (int i = 0; i + 1 < skuAndQuantity.length; i += 2) {
            lines.add(Map.of("sku", skuAndQuantity[i], "quantity", skuAndQuantity[i + 1]));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customer());
        body.put("storeId", store);
        body.put("items", lines);
        if (location != null) {
            body.put("locationId", location);
        }
        if (draft) {
            body.put("status", "draft");
        }
        return created(admin.post("/api/orders", body));
    }

    /** A new order of the store, confirmed (made-to-order lines take it on to in_production). */
    UUID confirmed(UUID store, Object... skuAndQuantity) {
        return confirmedAt(store, null, skuAndQuantity);
    }

    UUID confirmedAt(UUID store, @Nullable UUID location, Object... skuAndQuantity) {
        UUID order = order(store, location, false, skuAndQuantity);
        status(order, "confirmed");
        return order;
    }

    void status(UUID order, String status) {
        Response moved = admin.put("/api/orders/" + order + "/status", Map.of("status", status));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }

    /**
     * Moves an order's creation time into the past. The touch trigger keeps created_at as the database set it, so
     * the schema owner switches it off for this one statement, inside a transaction no one else sees.
     */
    void createdAt(UUID order, Instant at) {
        JdbcClient jdbc = JdbcClient.create(owner);
        new TransactionTemplate(new JdbcTransactionManager(owner)).executeWithoutResult(s -> {
            jdbc.sql("ALTER TABLE orders DISABLE TRIGGER touch").update();
            int updated = jdbc.sql("UPDATE orders SET created_at = :at WHERE id = :id")
                    .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .param("id", order)
                    .update();
            assertThat(updated).isEqualTo(1);
            jdbc.sql("ALTER TABLE orders ENABLE TRIGGER touch").update();
        });
    }

    private static UUID created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.id());
    }
}
