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
 * is refused with 409 insufficient_stock. The same for a hold released through the inventory API, and shipping
 * must never sell stock that another order holds.
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
    private UUID level;

    @BeforeEach
    void setUp() {
        fixtures = new OrderFixtures(admin());
        StockFixtures stock = new StockFixtures(jdbc);
        books = new StockBooks(jdbc);
        customer = fixtures.customer();
        sku = fixtures.stockItem(12);
        level = stock.receive(sku, stock.location(), 5);
    }

    @Test
    void anOrderWhoseHoldLapsedAndWasTakenIsRefusedConfirmationInsteadOfConfirmedWithoutStock() {
        JsonNode first = fixtures.place(body(customer, line(sku, 5)));
        UUID firstId = id(first);
        lapse(first);
        Response second = admin().post("/api/orders", body(customer, line(sku, 5)));
        assertThat(second.status())
                .as("the lapsed hold no longer counts: " + second)
                .isEqualTo(201);

        Response confirmed = confirm(firstId);

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(409);
        assertThat(confirmed.code()).isEqualTo("insufficient_stock");
        assertThat(statusOf(firstId)).isEqualTo("pending");
        assertThat(books.linesHeldWrong(List.of(UUID.fromString(second.id())))).isEmpty();
        assertThat(books.level(level).balanced()).isTrue();
    }

    @Test
    void anOrderWhoseHoldLapsedWhileItsStockStayedFreeIsConfirmedHoldingItAgain() {
        JsonNode first = fixtures.place(body(customer, line(sku, 5)));
        lapse(first);

        Response confirmed = confirm(id(first));

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(books.linesHeldWrong(List.of(id(first)))).isEmpty();
        assertThat(books.level(level)).extracting("reserved", "available").containsExactly(5, 0);
    }

    @Test
    void anOrderWhoseHoldWasReleasedThroughTheInventoryApiIsRefusedConfirmation() {
        JsonNode first = fixtures.place(body(customer, line(sku, 5)));
        releaseHoldsOf(id(first));
        Response second = admin().post("/api/orders", body(customer, line(sku, 5)));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);

        Response confirmed = confirm(id(first));

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(409);
        assertThat(confirmed.code()).isEqualTo("insufficient_stock");
        assertThat(books.linesHeldWrong(List.of(UUID.fromString(second.id())))).isEmpty();
    }

    @Test
    void aConfirmedOrderWhoseHoldWasReleasedAndTakenCannotShipSomeoneElsesStock() {
        JsonNode first = fixtures.place(body(customer, line(sku, 5)));
        assertThat(confirm(id(first)).status()).isEqualTo(200);
        releaseHoldsOf(id(first));
        Response second = admin().post("/api/orders", body(customer, line(sku, 5)));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);

        Response shipment = admin().post("/api/orders/" + id(first) + "/shipments", Map.of("carrier", "DHL"));
        Response shippedStatus = admin().put("/api/orders/" + id(first) + "/status", Map.of("status", "shipped"));

        assertThat(shipment.status()).as(shipment.toString()).isEqualTo(409);
        assertThat(shippedStatus.status()).as(shippedStatus.toString()).isEqualTo(409);
        assertThat(statusOf(id(first))).isEqualTo("confirmed");
        StockBooks.Level after = books.level(level);
        assertThat(after).extracting("onHand", "reserved", "sales").containsExactly(5, 5, 0);
        assertThat(books.linesHeldWrong(List.of(UUID.fromString(second.id())))).isEmpty();
    }

    /** The hold lapses a moment before the order's own clock says so (the race window, or clock skew). */
    private void lapse(JsonNode order) {
        CurrentActor.runAs(
                Actor.system("test"),
                () -> inventory.holdUntil(
                        new StockOwner("order", id(order), order.get("number").asString()),
                        Instant.now().minusSeconds(1)));
    }

    private void releaseHoldsOf(UUID order) {
        JsonNode holds = admin().get("/api/inventory/reservations?ownerId=" + order)
                .json()
                .get("items");
        assertThat(holds.size()).isEqualTo(1);
        Response released = admin().post(
                        "/api/inventory/reservations/" + holds.get(0).get("id").asString() + "/release", null);
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
    }

    private String statusOf(UUID order) {
        return admin().get("/api/orders/" + order).json().get("status").asString();
    }

    private static UUID id(JsonNode order) {
        return UUID.fromString(order.get("id").asString());
    }

    private Response confirm(UUID order) {
        return admin().put("/api/orders/" + order + "/status", Map.of("status", "confirmed"));
    }
}
