package dev.shopfloor.manufacturing;

import dev.shopfloor.manufacturing.internal.CostRepository;
import dev.shopfloor.orders.Orders;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cost lines of production tasks (material, labour, outside, overhead), cost per unit and the roll-up per order.
 * A cancelled task's lines are frozen (409 {@code task_closed}); a done task still takes them, as invoices
 * arrive late.
 */
@Service
public class Costs {

    private final CostRepository costs;
    private final Orders orders;

    Costs(CostRepository costs, Orders orders) {
        this.costs = costs;
        this.orders = orders;
    }

    /** Adds a line; 404 unknown task, 409 {@code task_closed} for a cancelled task. */
    @Transactional
    public CostLine add(UUID taskId, CostInput cost) {
        requireNotCancelled(taskId);
        return costs.insert(Ids.newId(), taskId, cost);
    }

    /** The task's lines and totals per currency with cost per unit; 404 unknown task. */
    @Transactional(readOnly = true)
    public CostSheet of(UUID taskId) {
        if (!costs.taskExists(taskId)) {
            throw ApiException.notFound("production task", taskId);
        }
        return new CostSheet(costs.lines(taskId), costs.totals(taskId));
    }

    /** Removes a line of the task; 404 unknown task or line, 409 {@code task_closed}, 412/409 stale version. */
    @Transactional
    public void remove(UUID taskId, UUID costId, ExpectedVersion expected) {
        requireNotCancelled(taskId);
        if (!costs.delete(taskId, costId, expected.value())) {
            if (!costs.exists(taskId, costId)) {
                throw ApiException.notFound("cost line", costId);
            }
            throw expected.stale("cost line", costId);
        }
    }

    /** The order's production costs per task and in total; 404 unknown order. */
    @Transactional(readOnly = true)
    public CostRollup ofOrder(UUID orderId) {
        orders.get(orderId);
        return costs.rollup(orderId);
    }

    private void requireNotCancelled(UUID taskId) {
        String status =
                costs.lockTaskStatus(taskId).orElseThrow(() -> ApiException.notFound("production task", taskId));
        if (status.equals("cancelled")) {
            throw ApiException.conflict(
                    "task_closed", "production task " + taskId + " is cancelled; its costs can no longer change");
        }
    }
}
