package dev.shopfloor.manufacturing;

import dev.shopfloor.platform.web.ApiException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the production queue; every one given must hold. {@code dueBefore} is exclusive and leaves out
 * tasks without a due date; {@code priority} is one of {@link #PRIORITIES} (400 {@code invalid_filter} if not).
 */
public record QueueFilter(
        @Nullable String stage,
        @Nullable UUID manufacturerId,
        @Nullable LocalDate dueBefore,
        @Nullable String priority) {

    /** The priorities in queue order: a priority's index is its {@code priority_rank}. */
    public static final List<String> PRIORITIES = List.of("urgent", "high", "normal", "low");

    public static final QueueFilter ALL = new QueueFilter(null, null, null, null);

    public QueueFilter {
        stage = stage == null || stage.isBlank() ? null : stage.strip();
        priority =
                priority == null || priority.isBlank() ? null : priority.strip().toLowerCase(Locale.ROOT);
        if (priority != null && !PRIORITIES.contains(priority)) {
            throw ApiException.badRequest("invalid_filter", "priority must be one of " + PRIORITIES);
        }
    }

    /** The rank of the priority filter, or null without one. */
    public @Nullable Integer priorityRank() {
        return priority == null ? null : rankOf(priority);
    }

    public static int rankOf(String priority) {
        return PRIORITIES.indexOf(priority);
    }
}
