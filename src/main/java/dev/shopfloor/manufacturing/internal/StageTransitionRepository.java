package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.manufacturing.StageTransition;
import dev.shopfloor.platform.Ids;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The production_transitions rows: a task's timeline, written once per stage change and never changed. */
@Repository
public class StageTransitionRepository {

    private static final String INSERT = """
            INSERT INTO production_transitions (id, task_id, from_stage, to_stage, reason, from_entered_at)
            VALUES (:id, :taskId, :fromStage, :toStage, :reason, :fromEnteredAt)
            """;

    private static final String OF_TASK = """
            SELECT r.id, r.from_stage, r.to_stage, r.reason, r.from_entered_at, r.actor_id, r.at
            FROM production_transitions r
            WHERE r.task_id = :taskId
            ORDER BY r.at, r.id
            """;

    private final JdbcClient jdbc;

    StageTransitionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            UUID taskId, @Nullable String fromStage, String toStage, String reason, @Nullable Instant fromEnteredAt) {
        jdbc.sql(INSERT)
                .param("id", Ids.newId())
                .param("taskId", taskId)
                .param("fromStage", fromStage)
                .param("toStage", toStage)
                .param("reason", reason)
                .param("fromEnteredAt", fromEnteredAt == null ? null : java.sql.Timestamp.from(fromEnteredAt))
                .update();
    }

    public List<StageTransition> forTask(UUID taskId) {
        return jdbc.sql(OF_TASK)
                .param("taskId", taskId)
                .query((rs, n) -> new StageTransition(
                        rs.getObject("id", UUID.class),
                        rs.getString("from_stage"),
                        rs.getString("to_stage"),
                        rs.getString("reason"),
                        TaskRepository.instant(rs.getTimestamp("from_entered_at")),
                        rs.getString("actor_id"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }
}
