package dev.shopfloor.orders;

import static dev.shopfloor.orders.OrderFixtures.body;
import static dev.shopfloor.orders.OrderFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.inventory.StockFixtures;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.Concurrently;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Must show: 200 concurrent requests try to buy one SKU that has 50 units; exactly 50 orders succeed, the rest get
 * 409 insufficient_stock, and afterwards onHand, reserved, the holds and the ledger agree. Then concurrent cancels
 * and shipments of some of them move the books exactly as far as they should.
 */
class OversellingConcurrencyIntegrationTests extends IntegrationTest {

    private static final int UNITS = 50;
    private static final int BUYERS = 200;
    private static final int THREADS = 32;
    private static final Duration DEADLINE = Duration.ofMinutes(3);

    @Autowired
    JdbcClient jdbc;

    @Test
    void buyersQueuedOnOneStockRowAreAllServedWhileStockLasts() {
        OrderFixtures fixtures = new OrderFixtures(admin());
        StockFixtures stock = new StockFixtures(jdbc);
        UUID customer = fixtures.customer();
        String hot = fixtures.stockItem(19.90);
        UUID location = stock.location();
        UUID level = stock.receive(hot, location, 1_000);
        Api staff = as(dev.shopfloor.platform.context.Role.STAFF);
        List<Callable<Response>> buyers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String other = fixtures.stockItem(9.90);
            stock.receive(other, location, 5);
            buyers.add(() -> staff.post("/api/orders", body(customer, line(hot, 1), line(other, 1))));
        }

        List<Response> answers = Concurrently.run(THREADS, buyers, DEADLINE);

        assertThat(answers)
                .as(firstOdd(answers))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        assertThat(new StockBooks(jdbc).level(level).reserved()).isEqualTo(60);
    }

    @Test
    void twoHundredBuyersOfFiftyUnitsGetExactlyFiftyOrdersAndTheBooksAgree() {
        OrderFixtures fixtures = new OrderFixtures(admin());
        StockFixtures stock = new StockFixtures(jdbc);
        StockBooks books = new StockBooks(jdbc);
        UUID customer = fixtures.customer();
        String sku = fixtures.stockItem(19.90);
        UUID level = stock.receive(sku, stock.location(), UNITS);
        Api staff = as(dev.shopfloor.platform.context.Role.STAFF);

        List<Callable<Response>> buyers = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            buyers.add(() -> staff.post("/api/orders", body(customer, line(sku, 1))));
        }
        List<Response> answers = Concurrently.run(THREADS, buyers, DEADLINE);

        Map<String, Long> outcomes = answers.stream()
                .collect(Collectors.groupingBy(r -> r.status() + " " + r.code(), Collectors.counting()));
        assertThat(outcomes)
                .as("answers by status and code; first odd one: %s", firstOdd(answers))
                .containsExactlyInAnyOrderEntriesOf(Map.of("201 null", 50L, "409 insufficient_stock", 150L));
        List<UUID> orders = answers.stream()
                .filter(r -> r.status() == 201)
                .map(r -> UUID.fromString(r.id()))
                .toList();
        assertThat(orders).doesNotHaveDuplicates();
        assertThat(answers.stream()
                        .filter(r -> r.status() == 409)
                        .findFirst()
                        .orElseThrow()
                        .json()
                        .get("lines"))
                .as("the refusal names the short line")
                .isNotNull();

        StockBooks.Level sold = books.level(level);
        assertThat(sold)
                .as(sold.toString())
                .extracting("onHand", "reserved", "available", "activeHolds", "sales")
                .containsExactly(50, 50, 0, 50, 0);
        assertThat(sold.balanced()).as(sold.toString()).isTrue();
        assertThat(books.linesHeldWrong(orders)).isEmpty();

        List<UUID> cancelled = orders.subList(0, 10);
        List<UUID> shipped = orders.subList(10, 20);
        List<Callable<Response>> changes = new ArrayList<>();
        cancelled.forEach(id -> changes.add(() -> staff.put(status(id), Map.of("status", "cancelled"))));
        shipped.forEach(id -> changes.add(() -> confirmThenShip(staff, id)));
        List<Response> changed = Concurrently.run(THREADS, changes, DEADLINE);

        assertThat(changed)
                .as(firstOdd(changed))
                .allSatisfy(r -> assertThat(r.status()).isIn(200, 201));
        StockBooks.Level after = books.level(level);
        assertThat(after)
                .as(after.toString())
                .extracting("onHand", "reserved", "available", "activeHolds", "sales")
                .containsExactly(40, 30, 10, 30, 10);
        assertThat(after.balanced()).as(after.toString()).isTrue();
        assertThat(books.soldFor(shipped)).isEqualTo(-10);
        assertThat(books.linesHeldWrong(orders)).isEmpty();
        assertThat(shipped)
                .allSatisfy(id -> assertThat(admin().get("/api/orders/" + id)
                                .json()
                                .get("status")
                                .asString())
                        .isEqualTo("shipped"));
    }

    private static String status(UUID order) {
        return "/api/orders/" + order + "/status";
    }

    private static Response confirmThenShip(Api api, UUID order) {
        Response confirmed = api.put(status(order), Map.of("status", "confirmed"));
        if (confirmed.status() != 200) {
            return confirmed;
        }
        return api.post("/api/orders/" + order + "/shipments", Map.of("carrier", "DHL", "trackingNumber", "T-1"));
    }

    private static String firstOdd(List<Response> answers) {
        Function<Response, Boolean> odd = r -> r.status() >= 500 || r.status() == 400 || r.status() == 422;
        return answers.stream()
                .filter(odd::apply)
                .findFirst()
                .map(Response::toString)
                .orElse("none");
    }
}
