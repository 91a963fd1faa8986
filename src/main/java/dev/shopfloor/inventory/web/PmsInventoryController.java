package dev.shopfloor.inventory.web;

import dev.shopfloor.inventory.Movement;
import dev.shopfloor.inventory.MovementFilter;
import dev.shopfloor.inventory.internal.LedgerWriter;
import dev.shopfloor.inventory.internal.LedgerWriter.Adjusted;
import dev.shopfloor.inventory.internal.StockLevelService;
import dev.shopfloor.inventory.internal.StockLevelService.SkuStock;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The partner (PMS) names of the stock calls: aliases with the same bodies, rules and answers. */
@RestController
@RequestMapping("/api/pms/inventory")
@Tag(name = "PMS aliases", description = "Partner-system names for inventory calls; same behaviour as the originals")
class PmsInventoryController {

    private final LedgerWriter ledger;
    private final StockLevelService levels;

    PmsInventoryController(LedgerWriter ledger, StockLevelService levels) {
        this.ledger = ledger;
        this.levels = levels;
    }

    @PostMapping("/adjust")
    @Access.VendorWrite
    @Operation(summary = "Alias of POST /api/inventory/adjustments", description = AdjustmentController.DESCRIPTION)
    ResponseEntity<Adjusted> adjust(@Valid @RequestBody AdjustmentRequest request) {
        return AdjustmentController.respond(ledger.adjust(request.toAdjustment()));
    }

    @GetMapping("/status")
    @Access.Read
    @Operation(
            summary = "Stock of one SKU: its level at every location and the totals",
            description = "Same numbers as GET /api/inventory/levels?sku=. 422 unknown_sku.")
    SkuStock status(@RequestParam String sku) {
        return levels.ofSku(sku);
    }

    @GetMapping("/history")
    @Access.Read
    @Operation(summary = "Movements of one SKU, newest first: alias of GET /api/inventory/movements?sku=")
    Page<Movement> history(
            @RequestParam String sku,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return levels.movements(MovementFilter.ofSku(sku), cursor, limit);
    }
}
