package dev.shopfloor.manufacturing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A day an assignment would over-book, as listed in the {@code days} of a 409 {@code capacity_exceeded}.
 *
 * @param booked the manufacturer's other open tasks' load on that day
 * @param requested this task's load per day
 */
public record CapacityOverbooking(LocalDate date, BigDecimal booked, BigDecimal requested, int capacity) {}
