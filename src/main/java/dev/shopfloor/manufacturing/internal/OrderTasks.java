package dev.shopfloor.manufacturing.internal;

import static dev.shopfloor.platform.database.ArrayColumns.column;

import dev.shopfloor.manufacturing.BomLine;
import dev.shopfloor.manufacturing.MaterialInput;
import dev.shopfloor.orders.Order;
import dev.shopfloor.orders.OrderItem;
import dev.shopfloor.platform.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The production work of orders: creating a made-to-order line's design and production task (with its materials
 * from the item's bill of materials, and its 'created' transition), cancelling an order's open tasks, counting them.
 * Each is a fixed number of statements, whatever the number of lines.
 */
@Repository
class OrderTasks {

    private static final String INSERT_DESIGNS = """
            INSERT INTO design_tasks (id, title, order_id, order_item_id, customer_id)
            SELECT d.id, d.title, :orderId, d.order_item_id, :customerId
            FROM unnest(CAST(:ids AS uuid[]), CAST(:titles AS text[]), CAST(:lineIds AS uuid[]))
                 AS d(id, title, order_item_id)
            """;

    private static final String INSERT_TASKS = """
            INSERT INTO production_tasks (id, order_id, order_item_id, design_task_id, sku, item_id, variant_id, name,
                                          quantity, location_id, stage)
            SELECT t.id, :orderId, t.order_item_id, t.design_task_id, t.sku, t.item_id, t.variant_id, t.name,
                   t.quantity, :locationId, (SELECT code FROM production_stages WHERE kind = 'queue')
            FROM unnest(CAST(:ids AS uuid[]), CAST(:lineIds AS uuid[]), CAST(:designIds AS uuid[]),
                        CAST(:skus AS text[]), CAST(:itemIds AS uuid[]), CAST(:variantIds AS uuid[]),
                        CAST(:names AS text[]), CAST(:quantities AS integer[]))
                 AS t(id, order_item_id, design_task_id, sku, item_id, variant_id, name, quantity)
            """;

    private static final String INSERT_MATERIALS = """
            INSERT INTO production_task_materials (id, task_id, material_sku, quantity, stage)
            SELECT m.id, m.task_id, m.material_sku, m.quantity, m.stage
            FROM unnest(CAST(:ids AS uuid[]), CAST(:taskIds AS uuid[]), CAST(:skus AS text[]),
                        CAST(:quantities AS integer[]), CAST(:stages AS text[]))
                 AS m(id, task_id, material_sku, quantity, stage)
            """;

    private static final String INSERT_CREATED = """
            INSERT INTO production_transitions (id, task_id, to_stage, reason)
            SELECT t.id, t.task_id, (SELECT code FROM production_stages WHERE kind = 'queue'), 'created'
            FROM unnest(CAST(:ids AS uuid[]), CAST(:taskIds AS uuid[])) AS t(id, task_id)
            """;

    private static final String INSERT_CANCELLED = """
            INSERT INTO production_transitions (id, task_id, from_stage, to_stage, reason, from_entered_at)
            SELECT t.id, t.task_id, t.stage, t.stage, 'cancel', t.entered_at
            FROM unnest(CAST(:ids AS uuid[]), CAST(:taskIds AS uuid[]), CAST(:stages AS text[]),
                        CAST(:enteredAts AS timestamptz[]))
                 AS t(id, task_id, stage, entered_at)
            """;

    private static final String CANCEL_OPEN = """
            UPDATE production_tasks
            SET status = 'cancelled'
            WHERE order_id = :orderId
              AND status = 'open'
            RETURNING id, stage, stage_entered_at
            """;

    private static final String OPEN_COUNT = """
            SELECT count(*)
            FROM production_tasks
            WHERE order_id = :orderId
              AND status = 'open'
            """;

    private final JdbcClient jdbc;
    private final BomRepository boms;

    OrderTasks(JdbcClient jdbc, BomRepository boms) {
        this.jdbc = jdbc;
        this.boms = boms;
    }

    /** A design task and a production task (in the queue stage) per line, materials scaled from the BOM. */
    void createFor(Order order, List<OrderItem> lines) {
        List<NewTask> tasks = lines.stream()
                .map(line -> new NewTask(Ids.newId(), Ids.newId(), line, order.number()))
                .toList();
        jdbc.sql(INSERT_DESIGNS)
                .param("orderId", order.id())
                .param("customerId", order.customerId())
                .param("ids", column(tasks, NewTask::designId))
                .param("titles", column(tasks, NewTask::designTitle))
                .param("lineIds", column(tasks, t -> t.line().id()))
                .update();
        jdbc.sql(INSERT_TASKS)
                .param("orderId", order.id())
                .param("locationId", order.locationId())
                .param("ids", column(tasks, NewTask::id))
                .param("lineIds", column(tasks, t -> t.line().id()))
                .param("designIds", column(tasks, NewTask::designId))
                .param("skus", column(tasks, t -> t.line().sku()))
                .param("itemIds", column(tasks, t -> t.line().itemId()))
                .param("variantIds", column(tasks, t -> t.line().variantId()))
                .param("names", column(tasks, t -> t.line().name()))
                .param("quantities", column(tasks, t -> t.line().quantity()))
                .update();
        insertMaterials(tasks);
        jdbc.sql(INSERT_CREATED)
                .param("ids", tasks.stream().map(t -> Ids.newId()).toArray(UUID[]::new))
                .param("taskIds", tasks.stream().map(NewTask::id).toArray(UUID[]::new))
                .update();
    }

    /** Cancels the order's open tasks, recording a 'cancel' transition for each. */
    void cancelOpen(UUID orderId) {
        List<Transition> cancelled = jdbc.sql(CANCEL_OPEN)
                .param("orderId", orderId)
                .query((rs, n) -> new Transition(
                        Ids.newId(),
                        rs.getObject("id", UUID.class),
                        rs.getString("stage"),
                        rs.getTimestamp("stage_entered_at").toInstant().toString()))
                .list();
        if (cancelled.isEmpty()) {
            return;
        }
        jdbc.sql(INSERT_CANCELLED)
                .param("ids", column(cancelled, Transition::id))
                .param("taskIds", column(cancelled, Transition::taskId))
                .param("stages", column(cancelled, Transition::stage))
                .param("enteredAts", column(cancelled, Transition::enteredAt))
                .update();
    }

    int openCount(UUID orderId) {
        return jdbc.sql(OPEN_COUNT)
                .param("orderId", orderId)
                .query(Integer.class)
                .single();
    }

    private void insertMaterials(List<NewTask> tasks) {
        Map<UUID, List<BomLine>> bom = boms.ofItems(
                tasks.stream().map(t -> t.line().itemId()).distinct().toList());
        List<Material> materials = new ArrayList<>();
        for (NewTask task : tasks) {
            List<BomLine> lines = bom.getOrDefault(task.line().itemId(), List.of());
            for (MaterialInput input :
                    ProductionTaskWriter.scaled(lines, task.line().quantity())) {
                materials.add(
                        new Material(Ids.newId(), task.id(), input.materialSku(), input.quantity(), input.stage()));
            }
        }
        if (materials.isEmpty()) {
            return;
        }
        jdbc.sql(INSERT_MATERIALS)
                .param("ids", column(materials, Material::id))
                .param("taskIds", column(materials, Material::taskId))
                .param("skus", column(materials, Material::sku))
                .param("quantities", column(materials, Material::quantity))
                .param("stages", column(materials, Material::stage))
                .update();
    }

    private record NewTask(UUID id, UUID designId, OrderItem line, String orderNumber) {
        String designTitle() {
            return line.name() + " (" + orderNumber + ", line " + line.lineNo() + ")";
        }
    }

    private record Material(UUID id, UUID taskId, String sku, int quantity, String stage) {}

    /** A task's 'cancel' transition: it stays in the stage it was in. */
    private record Transition(UUID id, UUID taskId, String stage, String enteredAt) {}
}
