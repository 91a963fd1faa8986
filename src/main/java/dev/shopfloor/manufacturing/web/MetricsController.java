package dev.shopfloor.manufacturing.web;

import dev.shopfloor.manufacturing.MetricsRange;
import dev.shopfloor.manufacturing.MetricsReport;
import dev.shopfloor.manufacturing.MetricsService;
import dev.shopfloor.platform.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/production/metrics")
@Tag(
        name = "Production metrics",
        description = "Work in progress, throughput, cycle time, on-time rate, QC yield, cost")
class MetricsController {

    private final MetricsService metrics;

    MetricsController(MetricsService metrics) {
        this.metrics = metrics;
    }

    @GetMapping
    @Access.StaffRead
    @Operation(
            summary = "Production metrics of a range of UTC days, computed in SQL",
            description = "from and to are inclusive UTC days, to >= from, at most 366 days (422 invalid_range)."
                    + " workInProgress is the current state; every other metric is bound to the range. Rates are"
                    + " 0..1 with 4 decimals, null when nothing was counted. See docs/modules/manufacturing.md.")
    MetricsReport report(
            @Parameter(description = "first day, inclusive (YYYY-MM-DD, UTC)")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "last day, inclusive (YYYY-MM-DD, UTC)")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = "only this manufacturer's tasks") @RequestParam(required = false) @Nullable
                    UUID manufacturerId) {
        return metrics.report(new MetricsRange(from, to, manufacturerId));
    }
}
