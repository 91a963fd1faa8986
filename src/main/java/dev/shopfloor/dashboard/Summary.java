package dev.shopfloor.dashboard;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's head figures for one UTC day (sales and orders of that day) and for now (open orders, low stock,
 * production in progress).
 */
public record Summary(
        LocalDate date,
        List<Money> salesToday,
        long ordersToday,
        OpenOrders openOrders,
        long lowStock,
        Production productionInProgress) {

    /** Current counts of orders per open status; the keys are the status values. */
    public record OpenOrders(
            long pending,
            long confirmed,
            @JsonProperty("in_production") long inProduction,
            long ready) {}

    /** Open production tasks and their units, in total and per stage (stage order, the done stage left out). */
    public record Production(long tasks, long units, List<StageLoad> byStage) {

        public static Production of(List<StageLoad> byStage) {
            return new Production(
                    byStage.stream().mapToLong(StageLoad::tasks).sum(),
                    byStage.stream().mapToLong(StageLoad::units).sum(),
                    List.copyOf(byStage));
        }
    }

    /** The open tasks in one stage; {@code stage} is the stage's code. */
    public record StageLoad(String stage, String name, long tasks, long units) {}
}
