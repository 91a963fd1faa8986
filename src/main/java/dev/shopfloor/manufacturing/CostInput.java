package dev.shopfloor.manufacturing;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A new cost line.
 *
 * @param kind material, labour, outside (an outside manufacturer's invoice) or overhead
 * @param amount at least 0, at most 2 decimals
 * @param currency ISO 4217, upper case
 */
public record CostInput(
        String kind,
        BigDecimal amount,
        String currency,
        @Nullable String description) {}
