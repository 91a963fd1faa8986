package dev.shopfloor.manufacturing;

import java.math.BigDecimal;

/** A sum of cost lines in one currency, across tasks. */
public record CostAmount(String currency, BigDecimal amount) {}
