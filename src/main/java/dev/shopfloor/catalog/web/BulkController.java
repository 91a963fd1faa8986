package dev.shopfloor.catalog.web;

import dev.shopfloor.catalog.BulkLine;
import dev.shopfloor.catalog.BulkReport;
import dev.shopfloor.catalog.BulkReport.RowError;
import dev.shopfloor.catalog.ItemInput;
import dev.shopfloor.catalog.internal.BulkUpsert;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/catalog/bulk")
@Tag(name = "Catalog bulk", description = "Upsert many items by SKU from JSON or CSV")
class BulkController {

    private final BulkUpsert bulk;
    private final JsonMapper json;
    private final CsvItems csv;

    BulkController(BulkUpsert bulk, JsonMapper json) {
        this.bulk = bulk;
        this.json = json;
        this.csv = new CsvItems(json);
    }

    @PostMapping(consumes = "application/json")
    @Access.VendorWrite
    @Operation(
            summary = "Upsert items by SKU from a JSON array of items",
            description = "Per-row results (created, updated, unchanged, failed). With atomic=true any bad row "
                    + "saves nothing and the answer is 422 bulk_rejected with the per-row report.")
    BulkReport upsertJson(@RequestBody JsonNode body, @RequestParam(defaultValue = "false") boolean atomic) {
        if (!body.isArray()) {
            throw ApiException.badRequest("validation_failed", "the body must be a JSON array of items");
        }
        List<BulkLine> lines = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            lines.add(line(i + 1, body.get(i)));
        }
        return bulk.upsert(lines, atomic);
    }

    @PostMapping(consumes = "text/csv")
    @Access.VendorWrite
    @Operation(
            summary = "Upsert items by SKU from CSV (variants as rows with parentSku)",
            description = "Columns: sku, parentSku, name, description, price, currency, status, fulfillment, "
                    + "categoryId, vendorId, sportIds, fabricIds, specs, size, color. See docs/modules/catalog.md.")
    BulkReport upsertCsv(@RequestBody String body, @RequestParam(defaultValue = "false") boolean atomic) {
        return bulk.upsert(csv.read(body), atomic);
    }

    private BulkLine line(int row, JsonNode node) {
        if (!node.isObject()) {
            return BulkLine.unreadable(row, null, List.of(new RowError("item", "must be a JSON object")));
        }
        try {
            return BulkLine.of(row, json.treeToValue(node, ItemInput.class));
        } catch (JacksonException e) {
            JsonNode sku = node.get("sku");
            return BulkLine.unreadable(
                    row,
                    sku != null && sku.isString() ? sku.asString() : null,
                    List.of(new RowError(path(e), "has the wrong type or format")));
        }
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("item");
    }
}
