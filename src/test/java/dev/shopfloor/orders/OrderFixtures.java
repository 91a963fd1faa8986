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
final class OrderFixtures {

    private final Api admin;

    OrderFixtures(Api admin) {
        this.admin = admin;
    }

    UUID customer() {
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
    String madeToOrder(double price) {
        return item("made_to_order", price, "EUR", "published", null);
    }

    String stockItem(double price) {
        return item("stock", price, "EUR", "published", null);
    }

    String item(String fulfillment, double price, String currency, String status, @Nullable UUID vendorId) {
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

    static Map<String, Object> line(String sku, int quantity) {
        return Map.of("sku", sku, "quantity", quantity);
    }

    static Map<String, Object> body(UUID customerId, Map<?, ?>... lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customerId);
        body.put("items", new ArrayList<>(List.of(lines)));
        return body;
    }

    static Map<String, Object> draftBody(UUID customerId, Map<?, ?>... lines) {
        Map<String, Object> body = body(customerId, lines);
        body.put("status", "draft");
        return body;
    }

    JsonNode place(Map<String, Object> body) {
        Response created = admin.post("/api/orders", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    /** A made-to-order order of one line (quantity 2 at 50.00) moved to {@code status} along the workflow. */
    JsonNode orderIn(OrderStatus status) {
        UUID customer = customer();
        String sku = madeToOrder(50);
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

    JsonNode move(JsonNode order, OrderStatus to) {
        Response moved = changeStatus(order.get("id").asString(), to);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        return moved.json();
    }

    Response changeStatus(String orderId, OrderStatus to) {
        return admin.put("/api/orders/" + orderId + "/status", Map.of("status", to.wire()));
    }
}
