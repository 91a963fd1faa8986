package dev.shopfloor.manufacturing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One stage change of a task.
 *
 * @param reason created, advance, qc_pass, rework or cancel
 * @param fromEnteredAt when the task entered {@code fromStage}: that stage lasted {@code at - fromEnteredAt}
 */
public record StageTransition(
        UUID id,
        @Nullable String fromStage,
        String toStage,
        String reason,
        @Nullable Instant fromEnteredAt,
        String actorId,
        Instant at) {}
