package dev.shopfloor.inventory.web;

import dev.shopfloor.inventory.internal.StockAlert;
import dev.shopfloor.inventory.internal.StockAlertFilter;
import dev.shopfloor.inventory.internal.StockAlerts;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/inventory/alerts")
@Tag(name = "Stock alerts", description = "Low-stock alerts, raised and resolved by the database as stock moves")
class StockAlertController {

    private final StockAlerts alerts;

    StockAlertController(StockAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    @Access.Read
    @Operation(
            summary = "List low-stock alerts, newest first; keyset pagination",
            description = "An alert is raised when a level's available stock falls to its reorder point and"
                    + " resolved when it rises above it. A VENDOR sees its own items' alerts only.")
    Page<StockAlert> list(
            @Parameter(description = "open (default), resolved, or any") @RequestParam(required = false) @Nullable
                    String status,
            @RequestParam(required = false) @Nullable UUID locationId,
            @Parameter(description = "exact SKU, any case") @RequestParam(required = false) @Nullable String sku,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        var filter = new StockAlertFilter(status(status), locationId, sku == null || sku.isBlank() ? null : sku);
        return alerts.list(filter, cursor, limit);
    }

    private static @Nullable String status(@Nullable String status) {
        return switch (status == null ? "open" : status.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> "open";
            case "resolved" -> "resolved";
            case "any", "all" -> null;
            default -> throw ApiException.badRequest("invalid_filter", "status must be open, resolved or any");
        };
    }
}
