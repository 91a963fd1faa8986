package dev.shopfloor.changefeed.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One change of one entity, field by field. An insert lists every field it set (old value null), a delete every
 * field it removed (new value null), an update the fields it changed. A secret field that changed is listed as
 * {@code redacted} with neither value. {@code topic} and {@code entityId} name the row that changed (an order's
 * history also holds its lines', payments' and shipments' changes).
 */
public record HistoryEntry(
        @Nullable Long seq,
        long id,
        String topic,
        UUID entityId,
        String op,
        @Nullable Integer version,
        List<FieldChange> changes,
        @Nullable String actorId,
        @Nullable String requestId,
        Instant at) {

    /** Bookkeeping columns the database maintains; their change is implied by every entry. */
    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "createdAt", "updatedAt");

    public record FieldChange(
            String field,
            @Nullable JsonNode oldValue,
            @Nullable JsonNode newValue,
            boolean redacted) {}

    static HistoryEntry of(LoggedChange c) {
        return new HistoryEntry(
                c.seq(),
                c.id(),
                c.topic(),
                c.entityId(),
                c.op(),
                c.version(),
                changes(c),
                c.actorId(),
                c.requestId(),
                c.at());
    }

    private static List<FieldChange> changes(LoggedChange c) {
        Set<String> fields = new LinkedHashSet<>();
        switch (c.op()) {
            case "insert" -> fields.addAll(names(c.newRow()));
            case "delete" -> fields.addAll(names(c.oldRow()));
            default -> fields.addAll(c.changed());
        }
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (BOOKKEEPING.contains(field)) {
                continue;
            }
            JsonNode before = value(c.oldRow(), field);
            JsonNode after = value(c.newRow(), field);
            boolean redacted = before == null && after == null && !"insert".equals(c.op());
            changes.add(new FieldChange(field, before, after, redacted));
        }
        return List.copyOf(changes);
    }

    private static List<String> names(@Nullable ObjectNode row) {
        return row == null ? List.of() : List.copyOf(row.propertyNames());
    }

    private static @Nullable JsonNode value(@Nullable ObjectNode row, String field) {
        return row == null ? null : row.get(field);
    }
}
