package dev.shopfloor.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One catalog item's sales in a range (its variants included) next to its current stock.
 *
 * @param sellThrough units / (units + onHand), 4 decimals; null when both are 0
 */
public record ProductPerformance(
        UUID itemId,
        String sku,
        String name,
        long units,
        List<Money> revenue,
        long onHand,
        long available,
        @Nullable BigDecimal sellThrough) {}
