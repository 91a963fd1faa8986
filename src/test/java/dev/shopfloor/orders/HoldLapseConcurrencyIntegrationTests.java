package dev.shopfloor.orders;

import static dev.shopfloor.orders.OrderFixtures.body;
import static dev.shopfloor.orders.OrderFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.inventory.Inventory;
import dev.shopfloor.inventory.StockFixtures;
import dev.shopfloor.inventory.StockOwner;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The moment a pending order's hold lapses is a race between the order (which decides from its own
 * {@code holdExpiresAt} and the application's clock whether its holds still count) and everyone else (who decide
 * from the holds' {@code expires_at} and the database's clock). A hold can lapse between the order's check and its
 * update (or the two clocks differ by a little), and another order may take the stock in that instant. Whatever
 * happens, an order must never end up confirmed without holding its stock lines: it either holds them again or
 * is refused with 409 insufficient_stock.
 */
class HoldLapseConcurrencyIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Inventory inventory;

    private OrderFixtures fixtures;
    private StockBooks books;
    private UUID customer;
    private String sku;

    @BeforeEach
    void setUp() {
        fixtures = new OrderFixtures(admin());
        StockFixtures stock = new StockFixtures(jdbc);
        books = new StockBooks(jdbc);
        customer = fixtures.customer();
        sku = fixtures.stockItem(12);
        stock.receive(sku, stock.location(), 5);
    }

    @Test
    void anOrderWhoseHoldLapsedAndWasTakenIsNotConfirmedWithoutStock() {
        JsonNode first = fixtures.place(body(customer, line(sku, 5)));
        UUID firstId = UUID.fromString(first.get("id").asString());
        // The hold lapses a moment before the order's own clock says so (the race window, or clock skew).
        CurrentActor.runAs(
                Actor.system("test"),
                () -> inventory.holdUntil(
                        new StockOwner("order", firstId, first.get("number").asString()),
                        Instant.now().minusSeconds(1)));
        Response second = admin().post("/api/orders", body(customer, line(sku, 5)));
        assertThat(second.status())
                .as("the lapsed hold no longer counts: " + second)
                .isEqualTo(201);

        Response confirmed = confirm(firstId);
        List<String> heldWrong = books.linesHeldWrong(List.of(firstId, UUID.fromString(second.id())));
        Response shipped = admin().post("/api/orders/" + firstId + "/shipments", Map.of("carrier", "DHL"));

        assertThat(heldWrong)
                .as("confirm answered %s; shipping it then answered %s", confirmed, shipped)
                .isEmpty();
        assertThat(confirmed.status()).isEqualTo(409);
        assertThat(confirmed.code()).isEqualTo("insufficient_stock");
    }

    @Test
    void anOrderWhoseHoldWasReleasedThroughTheInventoryApiIsNotConfirmedWithoutStock() {
        JsonNode first = fixtures.place(body(customer, line(sku, 5)));
        UUID firstId = UUID.fromString(first.get("id").asString());
        JsonNode holds = admin().get("/api/inventory/reservations?ownerId=" + firstId)
                .json()
                .get("items");
        assertThat(holds.size()).isEqualTo(1);
        Response released = admin().post(
                        "/api/inventory/reservations/" + holds.get(0).get("id").asString() + "/release", null);
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        Response second = admin().post("/api/orders", body(customer, line(sku, 5)));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);

        Response confirmed = confirm(firstId);

        assertThat(books.linesHeldWrong(List.of(firstId, UUID.fromString(second.id()))))
                .as("confirm answered " + confirmed)
                .isEmpty();
        assertThat(confirmed.code()).isEqualTo("insufficient_stock");
    }

    private Response confirm(UUID order) {
        return admin().put("/api/orders/" + order + "/status", Map.of("status", "confirmed"));
    }
}
