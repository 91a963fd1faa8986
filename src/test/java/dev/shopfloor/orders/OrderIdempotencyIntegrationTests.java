package dev.shopfloor.orders;

import static dev.shopfloor.orders.OrderFixtures.body;
import static dev.shopfloor.orders.OrderFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.inventory.StockFixtures;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.Concurrently;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A retried order POST (Idempotency-Key) never makes a second order nor holds stock twice. */
class OrderIdempotencyIntegrationTests extends IntegrationTest {

    private static final String KEY = "Idempotency-Key";

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
    void aRetryReturnsTheSameOrderAndAnotherBodyUnderTheKeyIs422() {
        UUID customer = fixtures.customer();
        String shoe = fixtures.stockItem(20);
        UUID level = stock.receive(shoe, stock.location(), 5);
        String key = unique("order-key");
        Api staff = as(Role.STAFF);

        Response first = staff.post("/api/orders", body(customer, line(shoe, 2)), KEY, key);
        Response again = staff.post("/api/orders", body(customer, line(shoe, 2)), KEY, key);
        Response other = staff.post("/api/orders", body(customer, line(shoe, 3)), KEY, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("idempotency_mismatch");
        assertThat(ordersOf(customer)).isEqualTo(1);
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(5, 2, 3));
    }

    @Test
    void tenConcurrentCopiesPlaceOneOrderAndHoldItsStockOnce() throws Exception {
        UUID customer = fixtures.customer();
        String shoe = fixtures.stockItem(20);
        UUID level = stock.receive(shoe, stock.location(), 5);
        Map<String, Object> order = body(customer, line(shoe, 1));
        String key = unique("order-key");
        Api admin = admin();
        List<Response> responses = Concurrently.run(
                10, Collections.nCopies(10, () -> admin.post("/api/orders", order, KEY, key)), Duration.ofMinutes(2));

        assertThat(responses)
                .allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
        assertThat(responses.stream().map(Response::id).distinct()).hasSize(1);
        assertThat(ordersOf(customer)).isEqualTo(1);
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(5, 1, 4));
    }

    @Test
    void aShortStockRefusalIsReplayedAndHoldsNothing() {
        UUID customer = fixtures.customer();
        String shoe = fixtures.stockItem(20);
        UUID where = stock.location();
        UUID level = stock.receive(shoe, where, 1);
        String key = unique("order-key");

        Response refused = admin().post("/api/orders", body(customer, line(shoe, 2)), KEY, key);
        stock.receive(shoe, where, 10);
        Response replayed = admin().post("/api/orders", body(customer, line(shoe, 2)), KEY, key);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("insufficient_stock");
        assertThat(replayed.status()).isEqualTo(409);
        assertThat(replayed.body()).isEqualTo(refused.body());
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(ordersOf(customer)).isZero();
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(11, 0, 11));
    }

    private int ordersOf(UUID customer) {
        Response orders = admin().get("/api/customers/" + customer + "/orders");
        assertThat(orders.status()).as(orders.toString()).isEqualTo(200);
        return orders.json().get("items").size();
    }
}
