package dev.shopfloor.manufacturing;

import java.math.BigDecimal;

/**
 * The sum of one task's cost lines in one currency.
 *
 * @param perUnit amount / the task's quantity, 2 decimals HALF_UP
 */
public record CostTotal(String currency, BigDecimal amount, BigDecimal perUnit) {}
