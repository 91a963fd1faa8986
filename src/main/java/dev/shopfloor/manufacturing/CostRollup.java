package dev.shopfloor.manufacturing;

import java.util.List;
import java.util.UUID;

/**
 * An order's production costs: per task (cancelled ones too: their costs were spent), then the order's totals per
 * currency. A task without cost lines is listed with no totals.
 */
public record CostRollup(UUID orderId, List<TaskCosts> tasks, List<CostAmount> totals) {

    public record TaskCosts(UUID taskId, String number, int quantity, String status, List<CostTotal> totals) {}
}
