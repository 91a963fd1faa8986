package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.manufacturing.QueueEntry;
import dev.shopfloor.manufacturing.QueueFilter;
import dev.shopfloor.platform.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The queue's keyset position: the last row's (priority rank, due date, id), the queue's sort key. Opaque to
 * clients; a cursor we did not issue is a 400 {@code invalid_cursor}.
 *
 * @param due null for a task without a due date (which sorts after every date)
 */
public record QueueCursor(int rank, @Nullable LocalDate due, UUID id) {

    private static final String NO_DUE = "-";

    public static QueueCursor after(QueueEntry entry) {
        return new QueueCursor(QueueFilter.rankOf(entry.priority()), entry.dueDate(), entry.id());
    }

    public String encode() {
        String text = rank + "|" + (due == null ? NO_DUE : due.toString()) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position to continue after, or null for the first page. */
    public static @Nullable QueueCursor decode(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3) {
                throw invalid();
            }
            int rank = Integer.parseInt(parts[0]);
            if (rank < 0 || rank >= QueueFilter.PRIORITIES.size()) {
                throw invalid();
            }
            LocalDate due = parts[1].equals(NO_DUE) ? null : LocalDate.parse(parts[1]);
            return new QueueCursor(rank, due, UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
    }

    /** The due date as the queue's SQL compares it: 'infinity' stands for none. */
    String dueKey() {
        return due == null ? "infinity" : due.toString();
    }

    private static ApiException invalid() {
        return ApiException.badRequest("invalid_cursor", "cursor is not one this server issued");
    }
}
