package dev.shopfloor.manufacturing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A manufacturer's load per day, in SQL: each open task assigned to it spreads its quantity evenly over its planned
 * days ({@code quantity / (planned_end - planned_start + 1)} per day), and a day's booked load is the sum over the
 * tasks whose window covers it. Sums are compared at 6 decimals so that thirds add up to whole units.
 */
@Repository
public class CapacityCalendar {

    // One row per day of the window; the partial index production_tasks_booked finds the manufacturer's open tasks.
    private static final String DAYS = """
            SELECT d.day,
                   coalesce(sum(t.quantity::numeric / (t.planned_end - t.planned_start + 1)), 0) AS booked
            FROM (SELECT g::date AS day
                  FROM generate_series(CAST(:from AS timestamp), CAST(:to AS timestamp), interval '1 day') AS g) d
            LEFT JOIN production_tasks t
                   ON t.manufacturer_id = :manufacturerId
                  AND t.status = 'open'
                  AND t.planned_start <= d.day
                  AND t.planned_end >= d.day
                  AND t.id IS DISTINCT FROM CAST(:excludedTask AS uuid)
            GROUP BY d.day
            """;

    private static final String CHECK = "WITH booked AS (" + DAYS + """
            ), requested AS (
                SELECT CAST(:quantity AS numeric) / (CAST(:to AS date) - CAST(:from AS date) + 1) AS per_day
            )
            SELECT b.day,
                   round(b.booked, 2) AS booked,
                   round(r.per_day, 2) AS requested,
                   round(b.booked + r.per_day, 2) AS total,
                   round(b.booked + r.per_day, 6) > :capacity AS over
            FROM booked b
            CROSS JOIN requested r
            ORDER BY b.day
            """;

    private static final String LOAD = "WITH booked AS (" + DAYS + """
            )
            SELECT b.day,
                   round(b.booked, 2) AS booked,
                   greatest(round(:capacity - b.booked, 2), 0) AS free
            FROM booked b
            ORDER BY b.day
            """;

    private final JdbcClient jdbc;

    CapacityCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each day of the window: the other open tasks' load, this task's load, their sum and whether it is too much. */
    public List<Check> check(
            UUID manufacturerId, UUID taskId, int quantity, int capacity, LocalDate from, LocalDate to) {
        return jdbc.sql(CHECK)
                .param("manufacturerId", manufacturerId)
                .param("excludedTask", taskId)
                .param("quantity", quantity)
                .param("capacity", capacity)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Check(
                        rs.getDate("day").toLocalDate(),
                        rs.getBigDecimal("booked"),
                        rs.getBigDecimal("requested"),
                        rs.getBigDecimal("total"),
                        rs.getBoolean("over")))
                .list();
    }

    /** Each day from {@code from} to {@code to}: the load of every open task of the manufacturer. */
    public List<Load> load(UUID manufacturerId, int capacity, LocalDate from, LocalDate to) {
        return jdbc.sql(LOAD)
                .param("manufacturerId", manufacturerId)
                .param("excludedTask", null)
                .param("capacity", capacity)
                .param("from", from)
                .param("to", to)
                .query((rs, n) ->
                        new Load(rs.getDate("day").toLocalDate(), rs.getBigDecimal("booked"), rs.getBigDecimal("free")))
                .list();
    }

    /** One day of an assignment's window. */
    public record Check(LocalDate date, BigDecimal booked, BigDecimal requested, BigDecimal total, boolean over) {}

    /** One day of a manufacturer's calendar. */
    public record Load(LocalDate date, BigDecimal booked, BigDecimal free) {}
}
