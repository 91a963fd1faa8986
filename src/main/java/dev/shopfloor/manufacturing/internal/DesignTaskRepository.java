package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.manufacturing.DesignStatus;
import dev.shopfloor.manufacturing.DesignStatusChange;
import dev.shopfloor.manufacturing.DesignTask;
import dev.shopfloor.manufacturing.DesignTaskChanges;
import dev.shopfloor.manufacturing.DesignTaskDraft;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code design_tasks} rows. */
@Repository
public class DesignTaskRepository {

    static final String COLUMNS = """
            d.id, d.version, d.number, d.title, d.brief, d.order_id, d.order_item_id, d.customer_id, d.designer_id,
            d.due_date, d.status, d.status_note, d.approved_by, d.approved_at, d.approval_recorded_by,
            d.created_at, d.updated_at
            """;

    private static final String INSERT = """
            INSERT INTO design_tasks (id, title, brief, order_id, order_item_id, customer_id, designer_id, due_date)
            VALUES (:id, :title, :brief, :orderId, :orderItemId, :customerId, :designerId, :dueDate)
            """;

    private static final String FIND = "SELECT " + COLUMNS + """
            FROM design_tasks d
            WHERE d.id = :id
            """;

    private static final String LOCK = "SELECT " + COLUMNS + """
            FROM design_tasks d
            WHERE d.id = :id
            FOR UPDATE
            """;

    private static final String UPDATE = """
            UPDATE design_tasks
            SET title = :title, brief = :brief, designer_id = :designerId, due_date = :dueDate
            WHERE id = :id
            """;

    private static final String CHANGE_STATUS = """
            UPDATE design_tasks
            SET status = :status,
                status_note = :note,
                approved_by = CASE WHEN :approved THEN :approvedBy ELSE approved_by END,
                approved_at = CASE WHEN :approved THEN now() ELSE approved_at END,
                approval_recorded_by = CASE WHEN :approved THEN :recordedBy ELSE approval_recorded_by END
            WHERE id = :id
            """;

    private static final String DELETE = """
            DELETE FROM design_tasks
            WHERE id = :id
            """;

    private final JdbcClient jdbc;

    DesignTaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, DesignTaskDraft draft, @Nullable UUID customerId) {
        jdbc.sql(INSERT)
                .param("id", id)
                .param("title", draft.title())
                .param("brief", draft.brief())
                .param("orderId", draft.orderId())
                .param("orderItemId", draft.orderItemId())
                .param("customerId", customerId)
                .param("designerId", draft.designerId())
                .param("dueDate", draft.dueDate())
                .update();
    }

    public Optional<DesignTask> find(UUID id) {
        return jdbc.sql(FIND).param("id", id).query(DesignTaskRepository::map).optional();
    }

    /** Locks the row for the rest of the transaction and returns it, if it exists. */
    Optional<DesignTask> lock(UUID id) {
        return jdbc.sql(LOCK).param("id", id).query(DesignTaskRepository::map).optional();
    }

    void update(UUID id, DesignTaskChanges changes) {
        jdbc.sql(UPDATE)
                .param("id", id)
                .param("title", changes.title())
                .param("brief", changes.brief())
                .param("designerId", changes.designerId())
                .param("dueDate", changes.dueDate())
                .update();
    }

    /** Sets the status and its note; an approval also records who approved, when, and who recorded it. */
    void changeStatus(UUID id, DesignStatusChange change, @Nullable UUID recordedBy) {
        jdbc.sql(CHANGE_STATUS)
                .param("id", id)
                .param("status", change.status().wire())
                .param("note", change.note())
                .param("approved", change.status() == DesignStatus.APPROVED)
                .param("approvedBy", change.approvedBy())
                .param("recordedBy", recordedBy)
                .update();
    }

    /** Deletes the row (its files go with it); a foreign key that still refers to it fails the statement. */
    void delete(UUID id) {
        jdbc.sql(DELETE).param("id", id).update();
    }

    static DesignTask map(ResultSet rs, int row) throws SQLException {
        return new DesignTask(
                rs.getObject("id", UUID.class),
                rs.getInt("version"),
                rs.getString("number"),
                rs.getString("title"),
                rs.getString("brief"),
                rs.getObject("order_id", UUID.class),
                rs.getObject("order_item_id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getObject("designer_id", UUID.class),
                rs.getObject("due_date", LocalDate.class),
                DesignStatus.parse(rs.getString("status")),
                rs.getString("status_note"),
                rs.getString("approved_by"),
                instant(rs.getTimestamp("approved_at")),
                rs.getObject("approval_recorded_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static @Nullable Instant instant(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
