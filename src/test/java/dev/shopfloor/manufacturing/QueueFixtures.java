package dev.shopfloor.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Production rows written with SQL, for the queue and metrics tests (task CRUD and stage moves are another
 * part of the module). Every task belongs to a manufacturer made here with a unique name, so tests filter
 * by it and never see each other's data. Times are ISO instants ("2021-03-01T08:00:00Z").
 */
final class QueueFixtures {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final UUID itemId;
    private final String sku;

    QueueFixtures(JdbcClient jdbc, PlatformTransactionManager transactions, Api admin) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.sku = IntegrationTest.unique("MTO").toUpperCase();
        Response item = admin.post(
                "/api/catalog",
                Map.of(
                        "sku",
                        sku,
                        "name",
                        "Custom jersey " + sku,
                        "price",
                        40.00,
                        "currency",
                        "EUR",
                        "status",
                        "published",
                        "fulfillment",
                        "made_to_order"));
        assertThat(item.status()).as(item.toString()).isEqualTo(201);
        this.itemId = UUID.fromString(item.id());
    }

    UUID manufacturer() {
        UUID id = Ids.newId();
        run("""
                INSERT INTO manufacturers (id, name, kind, capacity_per_day)
                VALUES (:id, :name, 'outside', 100)
                """, Map.of("id", id, "name", IntegrationTest.unique("Metrics maker")));
        return id;
    }

    /** A design task in the given (non-approved) status. */
    UUID design(String status) {
        UUID id = Ids.newId();
        run("""
                INSERT INTO design_tasks (id, title, status)
                VALUES (:id, 'Artwork', :status)
                """, Map.of("id", id, "status", status));
        return id;
    }

    /** An open task in the queue stage, normal priority, quantity 1; change what the test needs. */
    Task task(UUID manufacturerId) {
        return new Task(manufacturerId);
    }

    void transition(UUID task, String from, String to, String reason, String fromEnteredAt, String at) {
        run(
                """
                INSERT INTO production_transitions (id, task_id, from_stage, to_stage, reason, from_entered_at, at)
                VALUES (:id, :task, :from, :to, :reason, :enteredAt, :at)
                """,
                Map.of(
                        "id", Ids.newId(),
                        "task", task,
                        "from", from,
                        "to", to,
                        "reason", reason,
                        "enteredAt", time(fromEnteredAt),
                        "at", time(at)));
    }

    /** A QC check at the qc stage; a failed one names the stage the task went back to. */
    void qcCheck(UUID task, boolean passed, @Nullable String reworkStage, String at) {
        var params = new java.util.HashMap<String, Object>(
                Map.of("id", Ids.newId(), "task", task, "passed", passed, "failed", passed ? 0 : 1, "at", time(at)));
        params.put("rework", reworkStage);
        run("""
                INSERT INTO production_qc_checks (id, task_id, stage, passed, inspected, failed, rework_stage, created_at)
                VALUES (:id, :task, 'qc', :passed, 10, :failed, :rework, :at)
                """, params);
    }

    void cost(UUID task, String kind, String amount, String currency) {
        run("""
                INSERT INTO production_costs (id, task_id, kind, amount, currency)
                VALUES (:id, :task, :kind, CAST(:amount AS numeric), :currency)
                """, Map.of("id", Ids.newId(), "task", task, "kind", kind, "amount", amount, "currency", currency));
    }

    static OffsetDateTime time(String instant) {
        return OffsetDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
    }

    private void run(String sql, Map<String, ?> params) {
        CurrentActor.runAs(
                Actor.system("test"),
                () -> tx.executeWithoutResult(s -> jdbc.sql(sql).params(params).update()));
    }

    /** A production task row to insert; the builder methods return it for chaining. */
    final class Task {
        private final UUID manufacturerId;
        private String name = "Custom jersey";
        private int quantity = 1;
        private String priority = "normal";
        private @Nullable LocalDate due;
        private String stage = "queued";
        private String stageEnteredAt = "2021-03-01T00:00:00Z";
        private String status = "open";
        private @Nullable String finishedAt;
        private @Nullable UUID designTaskId;
        private @Nullable LocalDate plannedStart;
        private @Nullable LocalDate plannedEnd;

        private Task(UUID manufacturerId) {
            this.manufacturerId = manufacturerId;
        }

        Task name(String name) {
            this.name = name;
            return this;
        }

        Task quantity(int quantity) {
            this.quantity = quantity;
            return this;
        }

        Task priority(String priority) {
            this.priority = priority;
            return this;
        }

        Task due(@Nullable LocalDate due) {
            this.due = due;
            return this;
        }

        Task due(String due) {
            return due(LocalDate.parse(due));
        }

        Task stage(String stage, String enteredAt) {
            this.stage = stage;
            this.stageEnteredAt = enteredAt;
            return this;
        }

        /** Done (in the done stage) at {@code finishedAt}. */
        Task done(String finishedAt) {
            this.status = "done";
            this.stage = "done";
            this.stageEnteredAt = finishedAt;
            this.finishedAt = finishedAt;
            return this;
        }

        Task cancelled() {
            this.status = "cancelled";
            return this;
        }

        Task design(UUID designTaskId) {
            this.designTaskId = designTaskId;
            return this;
        }

        Task planned(LocalDate start, LocalDate end) {
            this.plannedStart = start;
            this.plannedEnd = end;
            return this;
        }

        UUID insert() {
            UUID id = Ids.newId();
            var params = new java.util.HashMap<String, Object>();
            params.put("id", id);
            params.put("sku", sku);
            params.put("itemId", itemId);
            params.put("name", name);
            params.put("quantity", quantity);
            params.put("priority", priority);
            params.put("due", due);
            params.put("manufacturerId", manufacturerId);
            params.put("stage", stage);
            params.put("enteredAt", time(stageEnteredAt));
            params.put("status", status);
            params.put("finishedAt", finishedAt == null ? null : time(finishedAt));
            params.put("designTaskId", designTaskId);
            params.put("plannedStart", plannedStart);
            params.put("plannedEnd", plannedEnd);
            run("""
                    INSERT INTO production_tasks (id, sku, item_id, name, quantity, priority, due_date, manufacturer_id,
                                                  stage, stage_entered_at, status, finished_at, design_task_id,
                                                  planned_start, planned_end)
                    VALUES (:id, :sku, :itemId, :name, :quantity, :priority, :due, :manufacturerId,
                            :stage, :enteredAt, :status, :finishedAt, :designTaskId, :plannedStart, :plannedEnd)
                    """, params);
            return id;
        }
    }
}
