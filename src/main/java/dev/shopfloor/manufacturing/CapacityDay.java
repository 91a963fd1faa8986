package dev.shopfloor.manufacturing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One day of a manufacturer's calendar: units booked on it (rounded to 2 decimals) against its daily capacity. */
public record CapacityDay(LocalDate date, BigDecimal booked, int capacity) {}
