package dev.shopfloor.catalog;

import dev.shopfloor.catalog.BulkReport.RowError;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item row of a bulk upsert as parsed: the item, or why it could not be read.
 *
 * @param row 1-based position (array index + 1, or the CSV data row of the item)
 */
public record BulkLine(
        int row, @Nullable ItemInput item, @Nullable String sku, List<RowError> errors) {

    public static BulkLine of(int row, ItemInput item) {
        return new BulkLine(row, item, item.sku(), List.of());
    }

    public static BulkLine unreadable(int row, @Nullable String sku, List<RowError> errors) {
        return new BulkLine(row, null, sku, errors);
    }
}
