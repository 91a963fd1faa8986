package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.manufacturing.DesignStatus;
import dev.shopfloor.manufacturing.DesignStatusChange;
import dev.shopfloor.manufacturing.DesignTask;
import dev.shopfloor.manufacturing.DesignTaskChanges;
import dev.shopfloor.manufacturing.DesignTaskDraft;
import dev.shopfloor.manufacturing.DesignWorkflow;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes of design tasks; callers run it inside their transaction. Every change locks the task row first. */
@Component
public class DesignTaskWriter {

    private static final String ORDER_ITEM_KEY = "design_tasks_order_item_key";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final DesignTaskRepository tasks;
    private final DesignReferences references;
    private final TransactionTemplate savepoint;

    DesignTaskWriter(DesignTaskRepository tasks, DesignReferences references, PlatformTransactionManager tx) {
        this.tasks = tasks;
        this.references = references;
        this.savepoint = new TransactionTemplate(tx);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public void create(UUID id, DesignTaskDraft draft) {
        UUID customerId = references.check(draft);
        try {
            tasks.insert(id, draft, customerId);
        } catch (DuplicateKeyException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains(ORDER_ITEM_KEY)) {
                throw ApiException.conflict("duplicate_design", "this order line already has a design task");
            }
            throw e;
        }
    }

    /** Replaces the editable fields; an approved design's brief is what production makes: 409 design_approved. */
    public void update(UUID id, DesignTaskChanges changes, ExpectedVersion expected) {
        DesignTask current = lockAt(id, expected);
        if (current.status() == DesignStatus.APPROVED && !Objects.equals(current.brief(), changes.brief())) {
            throw ApiException.conflict(
                    "design_approved", "the brief of an approved design is final; a new design is a new task");
        }
        if (!Objects.equals(current.designerId(), changes.designerId())) {
            references.checkDesigner(changes.designerId());
        }
        tasks.update(id, changes);
    }

    /**
     * Moves the task along {@link DesignWorkflow}: 422 {@code invalid_transition} off the table, 422
     * {@code approval_required} for an approval without who approved it.
     */
    public void changeStatus(UUID id, DesignStatusChange change, ExpectedVersion expected) {
        DesignTask current = lockAt(id, expected);
        DesignWorkflow.check(current.status(), change.status());
        if (change.status() == DesignStatus.APPROVED && change.approvedBy() == null) {
            throw ApiException.unprocessable(
                    "approval_required", "approving a design needs approvedBy: who at the customer approved it");
        }
        tasks.changeStatus(id, change, CurrentActor.get().userId());
    }

    /** Deletes a draft nothing refers to; else 409 {@code design_in_use}. Its files go with it. */
    public void delete(UUID id, ExpectedVersion expected) {
        DesignTask current = lockAt(id, expected);
        if (current.status() != DesignStatus.DRAFT) {
            throw inUse(id, "it is " + current.status().wire() + "; only a draft may be deleted");
        }
        try {
            savepoint.executeWithoutResult(status -> tasks.delete(id));
        } catch (DataIntegrityViolationException e) {
            if (!(e.getMostSpecificCause() instanceof SQLException sql)
                    || !FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                throw e;
            }
            throw inUse(id, "a production task refers to it");
        }
    }

    /** Locks the task and checks the version the caller expects. */
    DesignTask lockAt(UUID id, ExpectedVersion expected) {
        DesignTask current = tasks.lock(id).orElseThrow(() -> ApiException.notFound("design task", id));
        Integer wanted = expected.value();
        if (wanted != null && wanted != current.version()) {
            throw expected.stale("design task", id);
        }
        return current;
    }

    private static ApiException inUse(UUID id, String why) {
        return ApiException.conflict("design_in_use", "design task " + id + " cannot be deleted: " + why);
    }
}
