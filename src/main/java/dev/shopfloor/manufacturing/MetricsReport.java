package dev.shopfloor.manufacturing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The production metrics of a {@link MetricsRange}; the definitions are in docs/modules/manufacturing.md
 * ("Metrics"). Rates are 0..1 with 4 decimals and null when nothing was counted.
 */
public record MetricsReport(
        LocalDate from,
        LocalDate to,
        @Nullable UUID manufacturerId,
        List<StageLoad> workInProgress,
        List<DayThroughput> throughput,
        List<StageCycleTime> cycleTime,
        OnTime onTime,
        FirstPassYield qcFirstPassYield,
        List<CurrencyCost> costPerUnit) {

    /** Open tasks and their units now in a stage (not bound to the range). */
    public record StageLoad(String stage, String name, long tasks, long units) {}

    /** Tasks and units that reached done on a UTC day. */
    public record DayThroughput(LocalDate date, long tasks, long units) {}

    /** Stage visits that ended in the range and their average length in hours (2 decimals; null without any). */
    public record StageCycleTime(
            String stage,
            String name,
            long visits,
            @Nullable BigDecimal averageHours) {}

    /** Tasks finished in the range that have a due date, and those finished on or before it. */
    public record OnTime(long due, long onTime, @Nullable BigDecimal rate) {}

    /** Tasks whose first QC check lies in the range, and those whose first check passed. */
    public record FirstPassYield(
            long firstChecks, long passedFirst, @Nullable BigDecimal rate) {}

    /** Tasks finished in the range with cost lines in a currency: their cost, units and cost per unit. */
    public record CurrencyCost(String currency, BigDecimal totalCost, long units, BigDecimal perUnit) {}
}
