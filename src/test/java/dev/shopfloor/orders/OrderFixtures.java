package dev.shopfloor.orders;

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

/** Intention-named test data for orders, made over HTTP as an admin. */
public final class OrderFixtures {

    private final Api admin;

    public OrderFixtures(Api admin) {
        this.admin = admin;
    }

    public UUID customer() {
        return customerNamed(IntegrationTest.unique("Customer"));
    }

    UUID customerNamed(String name) {
        Response created = admin.post("/api/customers", Map.of("name", name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.id());
    }

    UUID store() {
        String code = IntegrationTest.unique("ST").toUpperCase().replace("-", "_");
        Response created = admin.post("/api/stores", Map.of("code", code, "name", "Store " + code));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.id());
    }

    /** A published made-to-order item: orders of it hold no stock, so any status is cheap to reach. */
    public String madeToOrder(double price) {
        return item("made_to_order", price, "EUR", "published", null);
    }

    public String stockItem(double price) {
        return item("stock", price, "EUR", "published", null);
    }

    public String item(String fulfillment, double price, String currency, String status, @Nullable UUID vendorId) {
        String sku = IntegrationTest.unique("SKU").toUpperCase();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", sku);
        item.put("name", "Item " + sku);
        item.put("price", price);
        item.put("currency", currency);
        item.put("status", status);
        item.put("fulfillment", fulfillment);
        if (vendorId != null) {
            item.put("vendorId", vendorId);
        }
        Response created = admin.post("/api/catalog", item);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return sku;
    }

    public static Map<String, Object> line(String sku, int quantity) {
        return Map.of("sku", sku, "quantity", quantity);
    }

    public static Map<String, Object> body(UUID customerId, Map<?, ?>... lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customerId);
        body.put("items", new ArrayList<>(List.of(lines)));
        return body;
    }

    public static Map<String, Object> draftBody(UUID customerId, Map<?, ?>... lines) {
        Map<String, Object> body = body(customerId, lines);
        body.put("status", "draft");
        return body;
    }

    public JsonNode place(Map<String, Object> body) {
        Response created = admin.post("/api/orders", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    /**
     * A published stock item with 1,000 units in a location of its own: orders of it hold and sell stock but are
     * never short, and confirming them does not start production (as a made-to-order line would).
     */
    public String stocked(double price) {
        String sku = stockItem(price);
        Response location = admin.post(
                "/api/locations",
                Map.of("code", IntegrationTest.unique("L").toUpperCase().replace("-", "_"), "name", "Fixture stock"));
        assertThat(location.status()).as(location.toString()).isEqualTo(201);
        Response received = admin.post(
                "/api/inventory/adjustments",
                Map.of("sku", sku, "locationId", location.id(), "delta", 1000, "reason", "fixture stock"));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        return sku;
    }

    /** A stock order of one line (quantity 2 at 50.00) moved to {@code status} along the workflow. */
    public JsonNode orderIn(OrderStatus status) {
        UUID customer = customer();
        String sku = stocked(50);
        return switch (status) {
            case DRAFT -> place(draftBody(customer, line(sku, 2)));
            case PENDING -> place(body(customer, line(sku, 2)));
            case CONFIRMED -> move(orderIn(OrderStatus.PENDING), OrderStatus.CONFIRMED);
            case IN_PRODUCTION -> move(orderIn(OrderStatus.CONFIRMED), OrderStatus.IN_PRODUCTION);
            case READY -> move(orderIn(OrderStatus.CONFIRMED), OrderStatus.READY);
            case SHIPPED -> move(orderIn(OrderStatus.CONFIRMED), OrderStatus.SHIPPED);
            case DELIVERED -> move(orderIn(OrderStatus.SHIPPED), OrderStatus.DELIVERED);
            case CANCELLED -> move(orderIn(OrderStatus.DRAFT), OrderStatus.CANCELLED);
            case REFUNDED -> move(orderIn(OrderStatus.SHIPPED), OrderStatus.REFUNDED);
        };
    }

    public JsonNode move(JsonNode order, OrderStatus to) {
        Response moved = changeStatus(order.get("id").asString(), to);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        return moved.json();
    }

    public Response changeStatus(String orderId, OrderStatus to) {
        return admin.put("/api/orders/" + orderId + "/status", Map.of("status", to.wire()));
    }
}
