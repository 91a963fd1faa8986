package dev.shopfloor.catalog.internal;

import dev.shopfloor.catalog.BulkLine;
import dev.shopfloor.catalog.BulkReport.Row;
import dev.shopfloor.catalog.BulkReport.RowError;
import dev.shopfloor.catalog.BulkReport.Status;
import dev.shopfloor.catalog.CatalogItem;
import dev.shopfloor.catalog.ItemInput;
import dev.shopfloor.platform.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** One row of a bulk upsert on its way through validation: its errors so far, and what it will write. */
final class Candidate {

    private final BulkLine line;
    private final List<RowError> errors;
    private @Nullable ItemValues values;
    private @Nullable CatalogItem existing;

    Candidate(BulkLine line) {
        this.line = line;
        this.errors = new ArrayList<>(line.errors());
    }

    boolean valid() {
        return errors.isEmpty() && line.item() != null;
    }

    ItemInput input() {
        return Objects.requireNonNull(line.item());
    }

    int rowNumber() {
        return line.row();
    }

    List<RowError> errors() {
        return errors;
    }

    /** The item's SKU and its variants' SKUs, with the field each came from. */
    Stream<Map.Entry<String, String>> skus() {
        ItemInput in = input();
        Stream<Map.Entry<String, String>> own = Stream.of(Map.entry("sku", in.sku()));
        if (in.variants() == null) {
            return own;
        }
        List<ItemInput.VariantInput> variants = in.variants();
        return Stream.concat(
                own,
                java.util.stream.IntStream.range(0, variants.size())
                        .mapToObj(i -> Map.entry(
                                "variants[" + i + "].sku", variants.get(i).sku())));
    }

    /** Binds the row to the item it updates (by SKU) or to a new id, with its normalised values. */
    void resolve(Map<String, CatalogItem> bySku, Function<@Nullable Map<String, Object>, String> specsJson) {
        if (!valid()) {
            return;
        }
        existing = bySku.get(VariantPlan.key(input().sku()));
        UUID id = existing != null ? existing.id() : Ids.newId();
        values = ItemValues.of(id, input(), ItemRules.vendorFor(input().vendorId()), specsJson.apply(input().specs()));
    }

    ItemValues values() {
        return Objects.requireNonNull(values);
    }

    @Nullable
    CatalogItem existing() {
        return existing;
    }

    Row row(Status status, @Nullable UUID id) {
        return new Row(line.row(), line.sku(), status, id, List.copyOf(errors));
    }
}
