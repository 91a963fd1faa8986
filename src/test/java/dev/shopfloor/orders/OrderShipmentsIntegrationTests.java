package dev.shopfloor.orders;

import static dev.shopfloor.orders.OrderFixtures.body;
import static dev.shopfloor.orders.OrderFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.inventory.StockFixtures;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Shipments: stock lines sell what ships, lines count what shipped, the order ships when every line has. */
class OrderShipmentsIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private OrderFixtures fixtures;
    private StockFixtures stock;

    @BeforeEach
    void setUp() {
        fixtures = new OrderFixtures(admin());
        stock = new StockFixtures(jdbc);
    }

    @Test
    void partialThenFullShipmentSellsStockAndShipsTheOrder() {
        String shoe = fixtures.stockItem(30);
        String cap = fixtures.stockItem(40);
        UUID location = stock.location();
        UUID level = stock.receive(shoe, location, 10);
        UUID capLevel = stock.receive(cap, location, 5);
        JsonNode order = fixtures.place(body(fixtures.customer(), line(shoe, 3), line(cap, 2)));
        fixtures.move(order, OrderStatus.CONFIRMED);
        String id = order.get("id").asString();
        String shoeLine = order.get("items").get(0).get("id").asString();

        Response partial = admin().post(
                        "/api/orders/" + id + "/shipments",
                        Map.of(
                                "carrier", "DHL",
                                "trackingNumber", "JD0001",
                                "lines", List.of(Map.of("orderItemId", shoeLine, "quantity", 2))));

        assertThat(partial.status()).as(partial.toString()).isEqualTo(201);
        assertThat(partial.json().get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
        JsonNode afterPartial = read(id);
        assertThat(afterPartial.get("status").asString()).isEqualTo("confirmed");
        assertThat(afterPartial.get("items").get(0).get("shippedQuantity").asInt())
                .isEqualTo(2);
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(8, 1, 7));
        assertThat(sold(id)).isEqualTo(-2);

        Response over = admin().post(
                        "/api/orders/" + id + "/shipments",
                        Map.of("carrier", "DHL", "lines", List.of(Map.of("orderItemId", shoeLine, "quantity", 2))));
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.code()).isEqualTo("over_shipment");
        Response foreign = admin().post(
                        "/api/orders/" + id + "/shipments",
                        Map.of(
                                "carrier",
                                "DHL",
                                "lines",
                                List.of(Map.of("orderItemId", UUID.randomUUID(), "quantity", 1))));
        assertThat(foreign.code()).isEqualTo("unknown_order_item");

        Response rest = admin().post("/api/orders/" + id + "/shipments", Map.of("carrier", "UPS"));

        assertThat(rest.status()).as(rest.toString()).isEqualTo(201);
        assertThat(rest.json().get("lines")).hasSize(2);
        JsonNode shipped = read(id);
        assertThat(shipped.get("status").asString()).isEqualTo("shipped");
        assertThat(shipped.get("items").get(0).get("shippedQuantity").asInt()).isEqualTo(3);
        assertThat(shipped.get("items").get(1).get("shippedQuantity").asInt()).isEqualTo(2);
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(7, 0, 7));
        assertThat(stock.level(capLevel)).isEqualTo(new StockFixtures.Level(3, 0, 3));
        assertThat(sold(id)).isEqualTo(-5);

        Response list = admin().get("/api/orders/" + id + "/shipments");
        assertThat(list.json().get("items")).hasSize(2);
        Response again = admin().post("/api/orders/" + id + "/shipments", Map.of("carrier", "UPS"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.code()).isEqualTo("invalid_transition");
    }

    @Test
    void onlyConfirmedOrReadyOrdersShip() {
        JsonNode pending = fixtures.orderIn(OrderStatus.PENDING);
        Response refused =
                admin().post("/api/orders/" + pending.get("id").asString() + "/shipments", Map.of("carrier", "DHL"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("invalid_transition");

        JsonNode ready = fixtures.orderIn(OrderStatus.READY);
        Response shipped =
                admin().post("/api/orders/" + ready.get("id").asString() + "/shipments", Map.of("carrier", "DHL"));
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(201);
        assertThat(read(ready.get("id").asString()).get("status").asString()).isEqualTo("shipped");
        assertThat(admin().post("/api/orders/" + ready.get("id").asString() + "/shipments", Map.of())
                        .status())
                .isEqualTo(400);
    }

    private int sold(String orderId) {
        Integer sum = jdbc.sql("SELECT coalesce(sum(quantity), 0) FROM stock_movements"
                        + " WHERE reference_id = :id AND kind = 'sale'")
                .param("id", UUID.fromString(orderId))
                .query(Integer.class)
                .single();
        return sum == null ? 0 : sum;
    }

    private JsonNode read(String id) {
        return admin().get("/api/orders/" + id).json();
    }
}
