package dev.shopfloor.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.Ids;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for assignment and costs: catalog items over HTTP, manufacturers and production tasks as rows (their
 * endpoints belong to other parts of the module), orders over HTTP.
 */
final class AssignmentFixtures {

    private final Api admin;
    private final JdbcClient jdbc;
    private @Nullable Item item;

    AssignmentFixtures(Api admin, JdbcClient jdbc) {
        this.admin = admin;
        this.jdbc = jdbc;
    }

    record Item(UUID id, String sku) {}

    /** A published made-to-order catalog item (one per fixture instance unless asked for a new one). */
    Item item() {
        if (item == null) {
            item = newItem();
        }
        return item;
    }

    Item newItem() {
        String sku = IntegrationTest.unique("MFG").toUpperCase();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("name", "Custom tee " + sku);
        body.put("price", 25.00);
        body.put("currency", "EUR");
        body.put("status", "published");
        body.put("fulfillment", "made_to_order");
        Response created = admin.post("/api/catalog", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Item(UUID.fromString(created.id()), sku);
    }

    UUID manufacturer(int capacityPerDay, int leadTimeDays) {
        return manufacturer(capacityPerDay, leadTimeDays, true, null);
    }

    UUID manufacturer(int capacityPerDay, int leadTimeDays, boolean active, @Nullable UUID locationId) {
        UUID id = Ids.newId();
        jdbc.sql("""
                        INSERT INTO manufacturers (id, name, kind, capacity_per_day, lead_time_days, active, location_id)
                        VALUES (:id, :name, 'outside', :capacity, :lead, :active, :location)
                        """)
                .param("id", id)
                .param("name", IntegrationTest.unique("Maker"))
                .param("capacity", capacityPerDay)
                .param("lead", leadTimeDays)
                .param("active", active)
                .param("location", locationId)
                .update();
        return id;
    }

    UUID location() {
        UUID id = Ids.newId();
        jdbc.sql("INSERT INTO locations (id, code, name) VALUES (:id, :code, :name)")
                .param("id", id)
                .param("code", "M" + id.toString().replace("-", "").substring(20))
                .param("name", "Workshop")
                .update();
        return id;
    }

    /** An open, unassigned replenishment task in the queue stage. */
    UUID task(int quantity) {
        return task(quantity, null, null, null);
    }

    /** An open task, booked on {@code manufacturerId} for the window when given. */
    UUID task(int quantity, @Nullable UUID manufacturerId, @Nullable LocalDate start, @Nullable LocalDate end) {
        UUID id = Ids.newId();
        Item of = item();
        jdbc.sql("""
                        INSERT INTO production_tasks (id, sku, item_id, name, quantity, stage, manufacturer_id,
                                                      planned_start, planned_end)
                        VALUES (:id, :sku, :itemId, :name, :quantity, 'queued', :manufacturer, :start, :end)
                        """)
                .param("id", id)
                .param("sku", of.sku())
                .param("itemId", of.id())
                .param("name", "Run of " + of.sku())
                .param("quantity", quantity)
                .param("manufacturer", manufacturerId)
                .param("start", start)
                .param("end", end)
                .update();
        return id;
    }

    void setStatus(UUID taskId, String status) {
        jdbc.sql("""
                        UPDATE production_tasks
                        SET status = :status,
                            finished_at = CASE WHEN :status = 'done' THEN now() END
                        WHERE id = :id
                        """).param("id", taskId).param("status", status).update();
    }

    void setLocation(UUID taskId, UUID locationId) {
        jdbc.sql("UPDATE production_tasks SET location_id = :location WHERE id = :id")
                .param("id", taskId)
                .param("location", locationId)
                .update();
    }

    Map<String, Object> row(UUID taskId) {
        return jdbc.sql("""
                        SELECT manufacturer_id, planned_start, planned_end, location_id, capacity_overridden, version
                        FROM production_tasks
                        WHERE id = :id
                        """).param("id", taskId).query().singleRow();
    }

    /**
     * A confirmed order of made-to-order lines of these quantities (confirming puts it in production, which makes a
     * task per line); returns the order id and its tasks' ids in line order.
     */
    OrderWithTasks orderInProduction(int... quantities) {
        Response customer = admin.post("/api/customers", Map.of("name", IntegrationTest.unique("Customer")));
        assertThat(customer.status()).as(customer.toString()).isEqualTo(201);
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int quantity : quantities) {
            lines.add(Map.of("sku", newItem().sku(), "quantity", quantity));
        }
        Response order = admin.post("/api/orders", Map.of("customerId", customer.id(), "items", lines));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        Response confirmed = admin.put("/api/orders/" + order.id() + "/status", Map.of("status", "confirmed"));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("in_production");
        UUID orderId = UUID.fromString(order.id());
        List<UUID> tasks =
                jdbc.sql("""
                        SELECT t.id
                        FROM production_tasks t
                        JOIN order_items i ON i.id = t.order_item_id
                        WHERE t.order_id = :orderId
                        ORDER BY i.line_no
                        """).param("orderId", orderId).query(UUID.class).list();
        assertThat(tasks).hasSize(quantities.length);
        return new OrderWithTasks(orderId, tasks);
    }

    record OrderWithTasks(UUID orderId, List<UUID> taskIds) {}
}
