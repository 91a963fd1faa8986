package dev.shopfloor.catalog;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The outcome of a bulk upsert: one result per item row (1-based), and the counts. */
public record BulkReport(boolean atomic, boolean saved, Counts counts, List<Row> rows) {

    public enum Status {
        created,
        updated,
        unchanged,
        failed
    }

    public record Row(
            int row,
            @Nullable String sku,
            Status status,
            @Nullable UUID id,
            List<RowError> errors) {}

    public record RowError(String field, String message) {}

    public record Counts(int total, int created, int updated, int unchanged, int failed) {

        static Counts of(List<Row> rows) {
            int[] n = new int[Status.values().length];
            rows.forEach(r -> n[r.status().ordinal()]++);
            return new Counts(rows.size(), n[0], n[1], n[2], n[3]);
        }
    }

    public static BulkReport of(boolean atomic, boolean saved, List<Row> rows) {
        return new BulkReport(atomic, saved, Counts.of(rows), rows);
    }
}
