package dev.shopfloor.inventory.web;

import dev.shopfloor.inventory.LevelFilter;
import dev.shopfloor.inventory.StockLevel;
import dev.shopfloor.inventory.internal.StockLevelService;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ETags;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@RequestMapping("/api/inventory/levels")
@Tag(name = "Inventory", description = "Stock levels, adjustments, transfers, the movements ledger and holds")
class StockLevelController {

    private final StockLevelService levels;

    StockLevelController(StockLevelService levels) {
        this.levels = levels;
    }

    @GetMapping
    @Access.Read
    @Operation(
            summary = "List stock levels (onHand, reserved, available, incoming), newest first; keyset pagination",
            description = "A VENDOR sees only its own SKUs' levels. reserved and available ignore lapsed holds.")
    Page<StockLevel> list(
            @Parameter(description = "SKU, any case") @RequestParam(required = false) @Nullable String sku,
            @RequestParam(required = false) @Nullable UUID locationId,
            @Parameter(description = "all SKUs (item and variants) of this catalog item")
                    @RequestParam(required = false)
                    @Nullable
                    UUID itemId,
            @RequestParam(required = false) @Nullable UUID vendorId,
            @Parameter(description = "true: available at or below the reorder point; false: above it")
                    @RequestParam(required = false)
                    @Nullable
                    Boolean belowReorderPoint,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return levels.list(new LevelFilter(sku, locationId, itemId, vendorId, belowReorderPoint), cursor, limit);
    }

    @GetMapping("/{id}")
    @Access.Read
    @Operation(summary = "Get a stock level (ETag; If-None-Match gives 304)")
    ResponseEntity<StockLevel> get(@PathVariable UUID id, WebRequest webRequest) {
        StockLevel level = levels.get(id);
        return ETags.ok(webRequest, level, level.version());
    }

    @PutMapping("/{id}")
    @Access.VendorWrite
    @Operation(
            summary = "Set a level's reorder point and reorder quantity",
            description = "Quantities change only through adjustments and other movements. If-Match stale gives"
                    + " 412, a stale body version 409.")
    ResponseEntity<StockLevel> update(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ReorderRequest request) {
        StockLevel updated = levels.updateReorder(
                id, request.reorderPoint(), request.reorderQuantity(), ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
    }
}
