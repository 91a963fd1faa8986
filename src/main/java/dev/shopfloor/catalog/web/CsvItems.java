package dev.shopfloor.catalog.web;

import dev.shopfloor.catalog.BulkLine;
import dev.shopfloor.catalog.BulkReport.RowError;
import dev.shopfloor.catalog.ItemInput;
import dev.shopfloor.catalog.ItemInput.VariantInput;
import dev.shopfloor.platform.web.ApiException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads the bulk CSV format (docs/modules/catalog.md): a header row, then one row per item or variant. A row with
 * {@code parentSku} is a variant of the item row with that SKU; the variant rows of an item replace its variant
 * set, an item without variant rows keeps its variants. Lists (sportIds, fabricIds) are separated by {@code ;},
 * {@code specs} is a JSON object.
 */
final class CsvItems {

    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final CsvSchema HEADER = CsvSchema.emptySchema().withHeader();

    private final JsonMapper json;

    CsvItems(JsonMapper json) {
        this.json = json;
    }

    List<BulkLine> read(String body) {
        List<Map<String, String>> records = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it =
                CSV.readerForMapOf(String.class).with(HEADER).readValues(body)) {
            it.forEachRemaining(records::add);
        } catch (JacksonException e) {
            throw ApiException.badRequest("malformed_csv", "the CSV cannot be read: " + e.getOriginalMessage());
        }
        List<ItemRow> items = new ArrayList<>();
        Map<String, ItemRow> bySku = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> r = records.get(i);
            if (text(r, "parentSku") == null) {
                ItemRow item = new ItemRow(i + 1, r);
                items.add(item);
                bySku.putIfAbsent(key(text(r, "sku")), item);
            }
        }
        List<BulkLine> orphans = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> r = records.get(i);
            String parent = text(r, "parentSku");
            if (parent != null) {
                ItemRow item = bySku.get(key(parent));
                if (item == null) {
                    orphans.add(BulkLine.unreadable(
                            i + 1,
                            text(r, "sku"),
                            List.of(new RowError("parentSku", "no item row with SKU " + parent + " in this file"))));
                } else {
                    item.variantRows.add(new VariantRow(i + 1, r));
                }
            }
        }
        List<BulkLine> lines = new ArrayList<>(items.stream().map(this::line).toList());
        lines.addAll(orphans);
        return lines;
    }

    private BulkLine line(ItemRow row) {
        Fields f = new Fields(row.values, "");
        List<VariantInput> variants = null;
        if (!row.variantRows.isEmpty()) {
            variants = new ArrayList<>();
            for (VariantRow v : row.variantRows) {
                Fields vf = new Fields(v.values, "row " + v.row + " ");
                variants.add(
                        new VariantInput(null, vf.text("sku"), vf.text("size"), vf.text("color"), vf.decimal("price")));
                f.errors.addAll(vf.errors);
            }
        }
        ItemInput item = new ItemInput(
                f.text("sku"),
                f.text("name"),
                f.text("description"),
                f.decimal("price"),
                f.text("currency"),
                f.text("status"),
                f.text("fulfillment"),
                f.bool("autoReorder"),
                f.uuid("categoryId"),
                f.uuids("sportIds"),
                f.uuids("fabricIds"),
                f.uuid("vendorId"),
                f.specs(json),
                variants,
                null);
        return f.errors.isEmpty() ? BulkLine.of(row.row, item) : BulkLine.unreadable(row.row, f.text("sku"), f.errors);
    }

    private static @Nullable String text(Map<String, String> r, String column) {
        String v = r.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String key(@Nullable String sku) {
        return sku == null ? "" : sku.toLowerCase(Locale.ROOT);
    }

    private record ItemRow(int row, Map<String, String> values, List<VariantRow> variantRows) {
        ItemRow(int row, Map<String, String> values) {
            this(row, values, new ArrayList<>());
        }
    }

    private record VariantRow(int row, Map<String, String> values) {}

    /** Typed access to one row's cells, collecting what cannot be read instead of failing. */
    private static final class Fields {
        private final Map<String, String> values;
        private final String where;
        private final List<RowError> errors = new ArrayList<>();

        Fields(Map<String, String> values, String where) {
            this.values = values;
            this.where = where;
        }

        @Nullable
        String text(String column) {
            return CsvItems.text(values, column);
        }

        @Nullable
        BigDecimal decimal(String column) {
            String v = text(column);
            try {
                return v == null ? null : new BigDecimal(v);
            } catch (NumberFormatException e) {
                errors.add(new RowError(column, where + "is not a number: " + v));
                return null;
            }
        }

        @Nullable
        Boolean bool(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> {
                    errors.add(new RowError(column, where + "is not true or false: " + v));
                    yield null;
                }
            };
        }

        @Nullable
        UUID uuid(String column) {
            String v = text(column);
            try {
                return v == null ? null : UUID.fromString(v);
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(column, where + "is not a UUID: " + v));
                return null;
            }
        }

        @Nullable
        List<UUID> uuids(String column) {
            String v = text(column);
            try {
                return v == null
                        ? null
                        : Arrays.stream(v.split(";"))
                                .map(String::trim)
                                .filter(s -> !s.isEmpty())
                                .map(UUID::fromString)
                                .toList();
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(column, where + "is not a ;-separated list of UUIDs: " + v));
                return null;
            }
        }

        @SuppressWarnings("unchecked")
        @Nullable
        Map<String, Object> specs(JsonMapper json) {
            String v = text("specs");
            try {
                return v == null ? null : json.readValue(v, LinkedHashMap.class);
            } catch (JacksonException e) {
                errors.add(new RowError("specs", where + "is not a JSON object"));
                return null;
            }
        }
    }
}
