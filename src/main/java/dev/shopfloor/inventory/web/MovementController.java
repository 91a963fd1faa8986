package dev.shopfloor.inventory.web;

import dev.shopfloor.inventory.Movement;
import dev.shopfloor.inventory.MovementFilter;
import dev.shopfloor.inventory.MovementKind;
import dev.shopfloor.inventory.internal.StockLevelService;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Inventory")
class MovementController {

    private final StockLevelService levels;

    MovementController(StockLevelService levels) {
        this.levels = levels;
    }

    @GetMapping("/api/inventory/movements")
    @Access.Read
    @Operation(
            summary = "List the movements ledger, newest first; keyset pagination",
            description = "quantity is signed; onHandAfter is the level's on-hand right after the entry. A VENDOR"
                    + " sees only its own SKUs' movements.")
    Page<Movement> list(
            @Parameter(description = "SKU, any case") @RequestParam(required = false) @Nullable String sku,
            @RequestParam(required = false) @Nullable UUID locationId,
            @Parameter(
                            description = "receipt, sale, adjustment, transfer_out, transfer_in, return,"
                                    + " production_consumption, production_output")
                    @RequestParam(required = false)
                    @Nullable
                    String kind,
            @Parameter(description = "the order, purchase order, transfer... that caused it")
                    @RequestParam(required = false)
                    @Nullable
                    UUID referenceId,
            @Parameter(description = "recorded at or after") @RequestParam(required = false) @Nullable Instant from,
            @Parameter(description = "recorded before") @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return levels.movements(new MovementFilter(sku, locationId, kind(kind), referenceId, from, to), cursor, limit);
    }

    @GetMapping("/api/inventory/movements/{id}")
    @Access.Read
    @Operation(summary = "Get one movement (entries never change)")
    Movement get(@PathVariable UUID id) {
        return levels.movement(id);
    }

    static @Nullable MovementKind kind(@Nullable String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return MovementKind.fromValue(kind);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_filter", "kind must be one of the movement kinds");
        }
    }
}
