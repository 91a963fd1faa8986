package dev.shopfloor.orders;

import static dev.shopfloor.orders.OrderFixtures.body;
import static dev.shopfloor.orders.OrderFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.inventory.StockFixtures;
import dev.shopfloor.orders.internal.OrderExpiryJob;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The workflow over HTTP: every allowed transition performed, every refused one answered 422; the effects on
 * stock; bulk status; the expiry job; the order's history.
 */
class OrderStatusIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    OrderExpiryJob expiry;

    private OrderFixtures fixtures;
    private StockFixtures stock;

    @BeforeEach
    void setUp() {
        fixtures = new OrderFixtures(admin());
        stock = new StockFixtures(jdbc);
    }

    @Test
    void performsEveryAllowedTransition() {
        List<String> performed = new ArrayList<>();
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderWorkflow.allowedNext(from)) {
                JsonNode order = fixtures.orderIn(from);
                assertThat(order.get("status").asString()).isEqualTo(from.wire());
                Response moved = fixtures.changeStatus(order.get("id").asString(), to);
                assertThat(moved.status()).as(from + " -> " + to + ": " + moved).isEqualTo(200);
                assertThat(moved.json().get("status").asString()).isEqualTo(to.wire());
                assertThat(moved.json().get("version").asInt())
                        .isGreaterThan(order.get("version").asInt());
                Response read = admin().get("/api/orders/" + order.get("id").asString());
                assertThat(read.json().get("status").asString()).isEqualTo(to.wire());
                performed.add(from.wire() + "->" + to.wire());
            }
        }
        assertThat(performed).hasSize(15);
    }

    @Test
    void everyOrderNamesTheStatusesItMayMoveToNextFromTheWorkflowTable() {
        for (OrderStatus from : OrderStatus.values()) {
            JsonNode order = fixtures.orderIn(from);
            List<String> expected = OrderWorkflow.allowedNext(from).stream()
                    .sorted()
                    .map(OrderStatus::wire)
                    .toList();

            JsonNode read =
                    admin().get("/api/orders/" + order.get("id").asString()).json();

            List<String> allowed = new ArrayList<>();
            read.get("allowedTransitions").forEach(status -> allowed.add(status.asString()));
            assertThat(allowed).as(from.wire()).isEqualTo(expected);
            assertThat(read.get("linesEditable").asBoolean()).as(from.wire()).isEqualTo(from.linesEditable());
        }
        JsonNode confirmed = fixtures.orderIn(OrderStatus.CONFIRMED);
        assertThat(confirmed.get("allowedTransitions").toString())
                .isEqualTo("[\"in_production\",\"ready\",\"shipped\",\"cancelled\"]");
        assertThat(confirmed.get("linesEditable").asBoolean()).isTrue();
        assertThat(fixtures.orderIn(OrderStatus.SHIPPED).get("linesEditable").asBoolean())
                .isFalse();
    }

    @Test
    void refusesEveryTransitionNotInTheTableWith422AndChangesNothing() {
        for (OrderStatus from : OrderStatus.values()) {
            JsonNode order = fixtures.orderIn(from);
            String id = order.get("id").asString();
            for (OrderStatus to : OrderStatus.values()) {
                if (OrderWorkflow.allows(from, to)) {
                    continue;
                }
                Response refused = fixtures.changeStatus(id, to);
                assertThat(refused.status())
                        .as(from + " -> " + to + ": " + refused)
                        .isEqualTo(422);
                assertThat(refused.code()).isEqualTo("invalid_transition");
                assertThat(refused.json().get("from").asString()).isEqualTo(from.wire());
                assertThat(refused.json().get("to").asString()).isEqualTo(to.wire());
            }
            Response read = admin().get("/api/orders/" + id);
            assertThat(read.json().get("status").asString()).isEqualTo(from.wire());
            assertThat(read.json().get("version").asInt())
                    .isEqualTo(order.get("version").asInt());
        }
    }

    @Test
    void statusChangesHonourIfMatchAndBodyVersion() {
        JsonNode order = fixtures.orderIn(OrderStatus.DRAFT);
        String id = order.get("id").asString();
        int version = order.get("version").asInt();
        Response staleHeader = admin().put(
                        "/api/orders/" + id + "/status",
                        Map.of("status", "pending"),
                        "If-Match",
                        "\"" + (version + 5) + "\"");
        assertThat(staleHeader.status()).isEqualTo(412);
        Response staleBody =
                admin().put("/api/orders/" + id + "/status", Map.of("status", "pending", "version", version + 5));
        assertThat(staleBody.status()).isEqualTo(409);
        assertThat(staleBody.code()).isEqualTo("version_conflict");
        Response current = admin().put(
                        "/api/orders/" + id + "/status",
                        Map.of("status", "pending", "note", "customer called"),
                        "If-Match",
                        "\"" + version + "\"");
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        assertThat(current.json().get("statusNote").asString()).isEqualTo("customer called");
        assertThat(current.header("ETag"))
                .isEqualTo("\"" + current.json().get("version").asInt() + "\"");
    }

    @Test
    void anUnknownStatusIsABadRequestAndAnUnknownOrderNotFound() {
        JsonNode order = fixtures.orderIn(OrderStatus.DRAFT);
        Response unknown =
                admin().put("/api/orders/" + order.get("id").asString() + "/status", Map.of("status", "lost"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("invalid_status");
        Response missing =
                admin().put("/api/orders/" + java.util.UUID.randomUUID() + "/status", Map.of("status", "cancelled"));
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void confirmingHoldsAgainWithoutExpiryCancellingReleasesShippingSells() {
        String shoe = fixtures.stockItem(25);
        UUID level = stock.receive(shoe, stock.location(), 6);
        JsonNode first = fixtures.place(body(fixtures.customer(), line(shoe, 2)));
        JsonNode second = fixtures.place(body(fixtures.customer(), line(shoe, 3)));
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(6, 5, 1));

        JsonNode confirmed = fixtures.move(first, OrderStatus.CONFIRMED);
        assertThat(confirmed.get("holdExpiresAt").isNull()).isTrue();
        assertThat(holdExpiries(first)).containsOnlyNulls().hasSize(1);

        fixtures.move(second, OrderStatus.CANCELLED);
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(6, 2, 4));
        assertThat(holdStatuses(second)).containsOnly("released");

        JsonNode shipped = fixtures.move(confirmed, OrderStatus.SHIPPED);
        assertThat(shipped.get("items").get(0).get("shippedQuantity").asInt()).isEqualTo(2);
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(4, 0, 4));
        assertThat(holdStatuses(first)).contains("consumed").doesNotContain("active");
    }

    @Test
    void aDraftThatCannotBeHeldStaysADraft() {
        String shoe = fixtures.stockItem(25);
        stock.receive(shoe, stock.location(), 1);
        JsonNode draft = fixtures.place(OrderFixtures.draftBody(fixtures.customer(), line(shoe, 2)));

        Response refused = fixtures.changeStatus(draft.get("id").asString(), OrderStatus.PENDING);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("insufficient_stock");
        assertThat(read(draft).get("status").asString()).isEqualTo("draft");
    }

    @Test
    void bulkStatusAnswersPerOrderAndOneRefusalUndoesNothingElse() {
        JsonNode draft = fixtures.orderIn(OrderStatus.DRAFT);
        JsonNode pending = fixtures.orderIn(OrderStatus.PENDING);
        JsonNode refunded = fixtures.orderIn(OrderStatus.REFUNDED);
        UUID unknown = UUID.randomUUID();

        Response bulk = admin().post(
                        "/api/orders/bulk-status",
                        Map.of(
                                "ids", List.of(id(draft), id(refunded), unknown.toString(), id(pending)),
                                "status", "cancelled",
                                "note", "closing the season"));

        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
        JsonNode results = bulk.json();
        assertThat(results).hasSize(4);
        assertThat(results.get(0).get("ok").asBoolean()).isTrue();
        assertThat(results.get(0).get("status").asString()).isEqualTo("cancelled");
        assertThat(results.get(1).get("ok").asBoolean()).isFalse();
        assertThat(results.get(1).get("code").asString()).isEqualTo("invalid_transition");
        assertThat(results.get(2).get("id").asString()).isEqualTo(unknown.toString());
        assertThat(results.get(2).get("code").asString()).isEqualTo("not_found");
        assertThat(results.get(3).get("ok").asBoolean()).isTrue();
        assertThat(read(draft).get("status").asString()).isEqualTo("cancelled");
        assertThat(read(draft).get("statusNote").asString()).isEqualTo("closing the season");
        assertThat(read(pending).get("status").asString()).isEqualTo("cancelled");
        assertThat(read(refunded).get("status").asString()).isEqualTo("refunded");
    }

    @Test
    void bulkStatusWithAnIdempotencyKeyStillCommitsEachOrderOnItsOwn() {
        JsonNode draft = fixtures.orderIn(OrderStatus.DRAFT);
        JsonNode refunded = fixtures.orderIn(OrderStatus.REFUNDED);
        Map<String, Object> request = Map.of("ids", List.of(id(refunded), id(draft)), "status", "cancelled");
        String key = unique("bulk");

        Response first = admin().post("/api/orders/bulk-status", request, "Idempotency-Key", key);
        Response replay = admin().post("/api/orders/bulk-status", request, "Idempotency-Key", key);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get(0).get("code").asString()).isEqualTo("invalid_transition");
        assertThat(first.json().get(1).get("ok").asBoolean()).isTrue();
        assertThat(read(draft).get("status").asString()).isEqualTo("cancelled");
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(first.body());
    }

    @Test
    void theExpiryJobCancelsUnpaidPendingOrdersPastTheirHoldAndReleasesTheirStock() {
        String shoe = fixtures.stockItem(25);
        UUID level = stock.receive(shoe, stock.location(), 5);
        JsonNode expired = fixtures.place(body(fixtures.customer(), line(shoe, 2)));
        JsonNode fresh = fixtures.place(body(fixtures.customer(), line(shoe, 1)));
        JsonNode confirmed = fixtures.orderIn(OrderStatus.CONFIRMED);
        movePastHold(expired);
        movePastHold(confirmed);

        expiry.runOnce();

        JsonNode cancelled = read(expired);
        assertThat(cancelled.get("status").asString()).isEqualTo("cancelled");
        assertThat(cancelled.get("statusNote").asString()).isEqualTo("reservation expired");
        assertThat(read(fresh).get("status").asString()).isEqualTo("pending");
        assertThat(read(confirmed).get("status").asString()).isEqualTo("confirmed");
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(5, 1, 4));
        Response history = admin().get("/api/orders/" + id(expired) + "/history");
        assertThat(history.json().get("items").get(0).get("actorId").asString()).isEqualTo("system:order-expiry");
    }

    @Test
    void confirmingAnOrderWhoseHoldLapsedHoldsItsStockAgain() {
        String shoe = fixtures.stockItem(25);
        UUID level = stock.receive(shoe, stock.location(), 3);
        JsonNode late = fixtures.place(body(fixtures.customer(), line(shoe, 3)));
        movePastHold(late);
        assertThat(stock.level(level).available()).isEqualTo(3);

        JsonNode confirmed = fixtures.move(late, OrderStatus.CONFIRMED);

        assertThat(confirmed.get("status").asString()).isEqualTo("confirmed");
        assertThat(stock.level(level)).isEqualTo(new StockFixtures.Level(3, 3, 0));
        assertThat(holdExpiries(late)).containsOnlyNulls();
    }

    @Test
    void aPaymentIsRecordedEvenWhenALapsedHoldCanNoLongerBeRenewed() {
        String shoe = fixtures.stockItem(25);
        stock.receive(shoe, stock.location(), 2);
        JsonNode late = fixtures.place(body(fixtures.customer(), line(shoe, 2)));
        movePastHold(late);
        fixtures.place(body(fixtures.customer(), line(shoe, 2)));

        Response paid = admin().post(
                        "/api/orders/" + id(late) + "/payments",
                        Map.of("amount", 50, "currency", "EUR", "method", "card"));

        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        JsonNode after = read(late);
        assertThat(after.get("paymentStatus").asString()).isEqualTo("paid");
        assertThat(after.get("status").asString()).isEqualTo("pending");
        assertThat(after.get("statusNote").asString()).contains("could not be renewed");
        expiry.runOnce();
        assertThat(read(late).get("status").asString()).isEqualTo("pending");
    }

    @Test
    void historyHoldsTheOrdersOwnChangesAndThoseOfItsLinesPaymentsAndShipments() {
        JsonNode order = fixtures.orderIn(OrderStatus.PENDING);
        String id = id(order);
        admin().put("/api/orders/" + id + "/status", Map.of("status", "confirmed", "note", "phoned in"));
        admin().post("/api/orders/" + id + "/payments", Map.of("amount", 10, "currency", "EUR", "method", "cash"));

        Response history = as(dev.shopfloor.platform.context.Role.VIEWER).get("/api/orders/" + id + "/history");

        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        Set<String> topics = new HashSet<>();
        List<String> notes = new ArrayList<>();
        history.json().get("items").forEach(entry -> {
            topics.add(entry.get("topic").asString());
            entry.get("changes").forEach(change -> {
                if (change.get("field").asString().equals("statusNote")
                        && !change.get("newValue").isNull()) {
                    notes.add(change.get("newValue").asString());
                }
            });
        });
        assertThat(topics).containsExactlyInAnyOrder("orders", "order_items", "payments");
        assertThat(notes).contains("phoned in");
        assertThat(admin().get("/api/orders/" + UUID.randomUUID() + "/history").status())
                .isEqualTo(404);
    }

    private void movePastHold(JsonNode order) {
        CurrentActor.runAs(
                Actor.system("test"),
                () -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                    jdbc.sql("UPDATE orders SET hold_expires_at = now() - interval '1 minute' WHERE id = :id")
                            .param("id", UUID.fromString(id(order)))
                            .update();
                    jdbc.sql("UPDATE stock_reservations SET expires_at = now() - interval '1 minute'"
                                    + " WHERE owner_id = :id AND status = 'active'")
                            .param("id", UUID.fromString(id(order)))
                            .update();
                }));
    }

    private List<String> holdStatuses(JsonNode order) {
        return jdbc.sql("SELECT status FROM stock_reservations WHERE owner_id = :id")
                .param("id", UUID.fromString(id(order)))
                .query(String.class)
                .list();
    }

    private List<Object> holdExpiries(JsonNode order) {
        List<Object> expiries = new ArrayList<>();
        jdbc.sql("SELECT expires_at FROM stock_reservations WHERE owner_id = :id AND status = 'active'")
                .param("id", UUID.fromString(id(order)))
                .query(rs -> {
                    expiries.add(rs.getTimestamp("expires_at"));
                });
        return expiries;
    }

    private JsonNode read(JsonNode order) {
        return admin().get("/api/orders/" + id(order)).json();
    }

    private static String id(JsonNode order) {
        return order.get("id").asString();
    }
}
