package dev.shopfloor.manufacturing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A manufacturer's booked load per day over a date range. */
public record CapacityLoad(UUID manufacturerId, int capacityPerDay, LocalDate from, LocalDate to, List<Day> days) {

    /**
     * @param booked units of its open tasks spread evenly over their planned days (2 decimals)
     * @param free capacity minus booked, never below zero (an overridden day shows booked above capacity)
     */
    public record Day(LocalDate date, BigDecimal booked, int capacity, BigDecimal free) {}
}
