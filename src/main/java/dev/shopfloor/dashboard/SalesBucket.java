package dev.shopfloor.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * Sold orders created in one bucket (day, ISO week from Monday, or month) that fall inside the asked range:
 * their count, their units and their revenue (line totals, per currency). {@code start} is the bucket's first day,
 * which for the first bucket of a week or month range may lie before the range.
 */
public record SalesBucket(LocalDate start, long orders, long units, List<Money> revenue) {}
