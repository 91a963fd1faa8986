package dev.shopfloor.orders;

import static dev.shopfloor.orders.OrderFixtures.body;
import static dev.shopfloor.orders.OrderFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.inventory.StockFixtures;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Must show: an idempotent retry of the same order POST returns the same order and holds its stock once; another
 * body under the same key is 422 idempotency_mismatch and writes nothing; copies of one request arriving at the
 * same moment still make one order.
 */
class IdempotentOrderConcurrencyIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private StockBooks books;
    private UUID customer;
    private String sku;
    private UUID level;
    private Api staff;

    @BeforeEach
    void setUp() {
        OrderFixtures fixtures = new OrderFixtures(admin());
        StockFixtures stock = new StockFixtures(jdbc);
        books = new StockBooks(jdbc);
        customer = fixtures.customer();
        sku = fixtures.stockItem(25);
        level = stock.receive(sku, stock.location(), 10);
        staff = as(Role.STAFF);
    }

    @Test
    void aRetryWithTheSameKeyAndBodyReturnsTheSameOrderAndHoldsStockOnce() {
        String key = unique("order-key");
        Map<String, Object> request = body(customer, line(sku, 3));

        Response first = staff.post("/api/orders", request, "Idempotency-Key", key);
        Response retry = staff.post("/api/orders", request, "Idempotency-Key", key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.json().get("number")).isEqualTo(first.json().get("number"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(ordersOfCustomer()).isEqualTo(1);
        assertThat(books.level(level)).extracting("reserved", "activeHolds").containsExactly(3, 1);
    }

    @Test
    void anotherBodyUnderTheSameKeyIs422AndWritesNothing() {
        String key = unique("order-key");
        Response first = staff.post("/api/orders", body(customer, line(sku, 2)), "Idempotency-Key", key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        Response other = staff.post("/api/orders", body(customer, line(sku, 5)), "Idempotency-Key", key);

        assertThat(other.status()).as(other.toString()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("idempotency_mismatch");
        assertThat(ordersOfCustomer()).isEqualTo(1);
        assertThat(books.level(level)).extracting("reserved", "activeHolds").containsExactly(2, 1);
    }

    @Test
    void twentyCopiesArrivingTogetherMakeOneOrder() {
        String key = unique("order-key");
        Map<String, Object> request = body(customer, line(sku, 4));
        List<Callable<Response>> copies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            copies.add(() -> staff.post("/api/orders", request, "Idempotency-Key", key));
        }

        List<Response> answers = Concurrently.run(20, copies, Duration.ofMinutes(2));

        assertThat(answers)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(answers.stream().map(Response::id).distinct()).hasSize(1);
        assertThat(ordersOfCustomer()).isEqualTo(1);
        StockBooks.Level held = books.level(level);
        assertThat(held).extracting("reserved", "activeHolds").containsExactly(4, 1);
        assertThat(held.balanced()).isTrue();
    }

    private long ordersOfCustomer() {
        return jdbc.sql("SELECT count(*) FROM orders WHERE customer_id = :customer")
                .param("customer", customer)
                .query(Long.class)
                .single();
    }
}
