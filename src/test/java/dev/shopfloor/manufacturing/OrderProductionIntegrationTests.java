package dev.shopfloor.manufacturing;

import static dev.shopfloor.orders.OrderFixtures.body;
import static dev.shopfloor.orders.OrderFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.orders.OrderFixtures;
import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.platform.Ids;
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

/** What an order's status does to its production work, and what the work does to the order (D21). */
class OrderProductionIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private OrderFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new OrderFixtures(admin());
    }

    @Test
    void confirmingAnOrderWithMadeToOrderLinesStartsProductionWithADesignAndATaskPerLine() {
        String jersey = fixtures.madeToOrder(40);
        String shorts = fixtures.madeToOrder(25);
        String socks = fixtures.stocked(5);
        String fabric = bom(jersey, "1.5", "cutting");
        JsonNode order = fixtures.place(body(fixtures.customer(), line(jersey, 3), line(shorts, 2), line(socks, 4)));

        JsonNode confirmed = fixtures.move(order, OrderStatus.CONFIRMED);

        assertThat(confirmed.get("status").asString()).isEqualTo("in_production");
        UUID orderId = UUID.fromString(order.get("id").asString());
        List<Map<String, Object>> tasks =
                jdbc.sql("""
                        SELECT t.sku, t.quantity, t.stage, t.status, d.status AS design_status, d.customer_id,
                               (SELECT count(*) FROM production_transitions r
                                 WHERE r.task_id = t.id AND r.reason = 'created' AND r.to_stage = 'queued') AS created
                        FROM production_tasks t
                        JOIN design_tasks d ON d.id = t.design_task_id AND d.order_item_id = t.order_item_id
                        WHERE t.order_id = :orderId
                        ORDER BY t.quantity DESC
                        """).param("orderId", orderId).query().listOfRows();
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(0))
                .containsEntry("sku", jersey)
                .containsEntry("quantity", 3)
                .containsEntry("stage", "queued")
                .containsEntry("status", "open")
                .containsEntry("design_status", "draft")
                .containsEntry(
                        "customer_id", UUID.fromString(order.get("customerId").asString()))
                .containsEntry("created", 1L);
        assertThat(tasks.get(1)).containsEntry("sku", shorts).containsEntry("quantity", 2);
        // 1.5 per unit x 3 units = 4.5, rounded up to whole units.
        assertThat(jdbc.sql("""
                        SELECT m.quantity FROM production_task_materials m
                        JOIN production_tasks t ON t.id = m.task_id
                        WHERE t.order_id = :orderId AND m.material_sku = :fabric AND m.stage = 'cutting'
                        """)
                        .param("orderId", orderId)
                        .param("fabric", fabric)
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
        assertThat(statuses(orderId)).containsExactly("pending", "confirmed", "in_production");
    }

    @Test
    void anOrderWithOpenTasksCannotBecomeReadyOrShipAndItsMadeToOrderLinesAreFixed() {
        JsonNode order = confirmedMadeToOrder();
        String id = order.get("id").asString();
        String lineId = order.get("items").get(0).get("id").asString();

        Response ready = fixtures.changeStatus(id, OrderStatus.READY);
        assertThat(ready.status()).as(ready.toString()).isEqualTo(409);
        assertThat(ready.code()).isEqualTo("production_open");
        Response shipped = admin().post("/api/orders/" + id + "/shipments", Map.of("carrier", "DHL"));
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(422);
        Response more = admin().put("/api/orders/" + id + "/items/" + lineId, Map.of("quantity", 5));
        assertThat(more.status()).as(more.toString()).isEqualTo(409);
        assertThat(more.code()).isEqualTo("line_in_production");
        Response added =
                admin().post("/api/orders/" + id + "/items", Map.of("sku", fixtures.madeToOrder(9), "quantity", 1));
        assertThat(added.code()).isEqualTo("line_in_production");
        Response repriced = admin().put("/api/orders/" + id + "/items/" + lineId, Map.of("price", 39.5));
        assertThat(repriced.status()).as(repriced.toString()).isEqualTo(200);

        Response read = admin().get("/api/orders/" + id);
        assertThat(read.json().get("status").asString()).isEqualTo("in_production");
        assertThat(read.json().get("items").get(0).get("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void cancellingAnOrderCancelsItsOpenTasksWithATransition() {
        JsonNode order = confirmedMadeToOrder();
        UUID orderId = UUID.fromString(order.get("id").asString());

        fixtures.move(order, OrderStatus.CANCELLED);

        assertThat(jdbc.sql("""
                        SELECT t.status || ':' || r.reason || ':' || r.from_stage || '>' || r.to_stage
                        FROM production_tasks t
                        JOIN production_transitions r ON r.task_id = t.id AND r.reason = 'cancel'
                        WHERE t.order_id = :orderId
                        """).param("orderId", orderId).query(String.class).list())
                .containsExactly("cancelled:cancel:queued>queued");
    }

    @Test
    void payingAPendingOrderInFullConfirmsItIntoProduction() {
        JsonNode order = fixtures.place(body(fixtures.customer(), line(fixtures.madeToOrder(30), 2)));
        String id = order.get("id").asString();

        Response paid = admin().post(
                        "/api/orders/" + id + "/payments",
                        Map.of("amount", 60, "currency", "EUR", "method", "card", "status", "captured"));

        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(admin().get("/api/orders/" + id).json().get("status").asString())
                .isEqualTo("in_production");
        assertThat(openTasks(UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    void aStockOnlyOrderIsConfirmedWithoutProduction() {
        JsonNode order = fixtures.orderIn(OrderStatus.CONFIRMED);

        assertThat(order.get("status").asString()).isEqualTo("confirmed");
        assertThat(openTasks(UUID.fromString(order.get("id").asString()))).isZero();
    }

    private JsonNode confirmedMadeToOrder() {
        JsonNode order = fixtures.place(body(fixtures.customer(), line(fixtures.madeToOrder(40), 2)));
        return fixtures.move(order, OrderStatus.CONFIRMED);
    }

    private int openTasks(UUID orderId) {
        return jdbc.sql("SELECT count(*) FROM production_tasks WHERE order_id = :id AND status = 'open'")
                .param("id", orderId)
                .query(Integer.class)
                .single();
    }

    /** The order's statuses as its history shows them, oldest first. */
    private List<String> statuses(UUID orderId) {
        return jdbc.sql("""
                        SELECT new_row ->> 'status' FROM change_log
                        WHERE topic = 'orders' AND entity_id = :id
                          AND (op = 'insert' OR 'status' = ANY(changed))
                        ORDER BY id
                        """).param("id", orderId).query(String.class).list();
    }

    /** A fabric (a stock item) in the BOM of the made-to-order item {@code sku}; returns the fabric's SKU. */
    private String bom(String sku, String perUnit, String stage) {
        String fabricSku = fixtures.stockItem(8);
        UUID itemId = jdbc.sql("SELECT id FROM catalog_items WHERE sku = :sku")
                .param("sku", sku)
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        INSERT INTO production_bom_lines (id, item_id, material_sku, quantity_per_unit, stage)
                        VALUES (:id, :itemId, :material, CAST(:perUnit AS numeric), :stage)
                        """)
                .param("id", Ids.newId())
                .param("itemId", itemId)
                .param("material", fabricSku)
                .param("perUnit", perUnit)
                .param("stage", stage)
                .update();
        return fabricSku;
    }
}
