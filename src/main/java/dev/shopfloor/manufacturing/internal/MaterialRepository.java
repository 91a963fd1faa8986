package dev.shopfloor.manufacturing.internal;

import static dev.shopfloor.platform.database.ArrayColumns.column;

import dev.shopfloor.manufacturing.MaterialInput;
import dev.shopfloor.manufacturing.MaterialLine;
import dev.shopfloor.platform.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The production_task_materials rows: what tasks consume, loaded for many tasks in one query. */
@Repository
public class MaterialRepository {

    private static final String OF_TASKS = """
            SELECT m.id, m.task_id, m.material_sku, m.quantity, m.stage, m.consumed_at
            FROM production_task_materials m
            JOIN production_stages s ON s.code = m.stage
            WHERE m.task_id = ANY(:taskIds)
            ORDER BY m.task_id, s.position, m.material_sku
            """;

    private static final String INSERT = """
            INSERT INTO production_task_materials (id, task_id, material_sku, quantity, stage)
            SELECT m.id, :taskId, m.material_sku, m.quantity, m.stage
            FROM unnest(CAST(:ids AS uuid[]), CAST(:skus AS text[]), CAST(:quantities AS integer[]),
                        CAST(:stages AS text[]))
                 AS m(id, material_sku, quantity, stage)
            """;

    private static final String DELETE_UNCONSUMED = """
            DELETE FROM production_task_materials
            WHERE task_id = :taskId
              AND consumed_at IS NULL
            """;

    private static final String CONSUME = """
            UPDATE production_task_materials
            SET consumed_at = now()
            WHERE id = ANY(:ids)
            """;

    private final JdbcClient jdbc;

    MaterialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The materials of these tasks, by task id, each list in stage order. */
    public Map<UUID, List<MaterialLine>> forTasks(Collection<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(OF_TASKS)
                .param("taskIds", taskIds.toArray(UUID[]::new))
                .query((rs, n) -> new TaskMaterial(rs.getObject("task_id", UUID.class), map(rs)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        TaskMaterial::taskId, Collectors.mapping(TaskMaterial::line, Collectors.toList())));
    }

    public List<MaterialLine> forTask(UUID taskId) {
        return forTasks(List.of(taskId)).getOrDefault(taskId, List.of());
    }

    void insert(UUID taskId, List<MaterialInput> materials) {
        if (materials.isEmpty()) {
            return;
        }
        jdbc.sql(INSERT)
                .param("taskId", taskId)
                .param("ids", materials.stream().map(m -> Ids.newId()).toArray(UUID[]::new))
                .param("skus", column(materials, MaterialInput::materialSku))
                .param("quantities", column(materials, MaterialInput::quantity))
                .param("stages", column(materials, MaterialInput::stage))
                .update();
    }

    void deleteUnconsumed(UUID taskId) {
        jdbc.sql(DELETE_UNCONSUMED).param("taskId", taskId).update();
    }

    void consume(List<MaterialLine> lines) {
        jdbc.sql(CONSUME)
                .param("ids", lines.stream().map(MaterialLine::id).toArray(UUID[]::new))
                .update();
    }

    private static MaterialLine map(ResultSet rs) throws SQLException {
        return new MaterialLine(
                rs.getObject("id", UUID.class),
                rs.getString("material_sku"),
                rs.getInt("quantity"),
                rs.getString("stage"),
                TaskRepository.instant(rs.getTimestamp("consumed_at")));
    }

    private record TaskMaterial(UUID taskId, MaterialLine line) {}
}
