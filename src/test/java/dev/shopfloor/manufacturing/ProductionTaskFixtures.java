package dev.shopfloor.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.inventory.StockFixtures;
import dev.shopfloor.orders.OrderFixtures;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Production tasks for tests: catalog items with BOMs, stock at a location, manufacturers, moves. */
public final class ProductionTaskFixtures {

    private final Api admin;
    private final JdbcClient jdbc;
    public final OrderFixtures orders;
    public final StockFixtures stock;

    public ProductionTaskFixtures(Api admin, JdbcClient jdbc) {
        this.admin = admin;
        this.jdbc = jdbc;
        this.orders = new OrderFixtures(admin);
        this.stock = new StockFixtures(jdbc);
    }

    public UUID itemId(String sku) {
        return jdbc.sql("SELECT id FROM catalog_items WHERE sku = :sku")
                .param("sku", sku)
                .query(UUID.class)
                .single();
    }

    /** Adds a BOM line of a new stock material to the item {@code sku}; returns the material's SKU. */
    public String bom(String sku, String perUnit, String stage) {
        String material = orders.stockItem(3);
        jdbc.sql("""
                        INSERT INTO production_bom_lines (id, item_id, material_sku, quantity_per_unit, stage)
                        VALUES (:id, :itemId, :material, CAST(:perUnit AS numeric), :stage)
                        """)
                .param("id", Ids.newId())
                .param("itemId", itemId(sku))
                .param("material", material)
                .param("perUnit", perUnit)
                .param("stage", stage)
                .update();
        return material;
    }

    public UUID manufacturer() {
        UUID id = Ids.newId();
        jdbc.sql("INSERT INTO manufacturers (id, name, kind, capacity_per_day) VALUES (:id, :name, 'in_house', 100)")
                .param("id", id)
                .param("name", IntegrationTest.unique("Maker"))
                .update();
        return id;
    }

    public void assign(String taskId) {
        jdbc.sql("UPDATE production_tasks SET manufacturer_id = :m WHERE id = :id")
                .param("m", manufacturer())
                .param("id", UUID.fromString(taskId))
                .update();
    }

    public void approveDesign(String taskId) {
        jdbc.sql("""
                        UPDATE design_tasks SET status = 'approved', approved_by = 'customer', approved_at = now()
                        WHERE id = (SELECT design_task_id FROM production_tasks WHERE id = :id)
                        """).param("id", UUID.fromString(taskId)).update();
    }

    /** A replenishment run created over HTTP from these fields. */
    public JsonNode create(Map<String, ?> body) {
        Response created = admin.post("/api/production/tasks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    public Response move(String taskId, String stage) {
        return admin.put("/api/production/tasks/" + taskId, Map.of("stage", stage));
    }

    public JsonNode moved(String taskId, String stage) {
        Response moved = move(taskId, stage);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        return moved.json();
    }

    public Response qc(String taskId, boolean passed, int inspected, int failed, @Nullable String reworkStage) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("passed", passed);
        body.put("inspected", inspected);
        body.put("failed", failed);
        if (reworkStage != null) {
            body.put("reworkStage", reworkStage);
        }
        return admin.post("/api/production/tasks/" + taskId + "/qc", body);
    }

    public JsonNode task(String taskId) {
        Response read = admin.get("/api/production/tasks/" + taskId);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json();
    }

    /** Signed on-hand changes of the SKU at the location written for this task, by kind. */
    public Map<String, Integer> movements(String taskId) {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT l.sku_key || ':' || m.kind AS k, sum(m.quantity)::int AS q
                        FROM stock_movements m
                        JOIN stock_levels l ON l.id = m.level_id
                        WHERE m.reference_id = :id
                        GROUP BY 1
                        ORDER BY 1
                        """)
                .param("id", UUID.fromString(taskId))
                .query((rs, n) -> byKind.put(rs.getString("k"), rs.getInt("q")))
                .list();
        return byKind;
    }
}
