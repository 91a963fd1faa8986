package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.manufacturing.MetricsRange;
import dev.shopfloor.manufacturing.MetricsReport.CurrencyCost;
import dev.shopfloor.manufacturing.MetricsReport.DayThroughput;
import dev.shopfloor.manufacturing.MetricsReport.FirstPassYield;
import dev.shopfloor.manufacturing.MetricsReport.OnTime;
import dev.shopfloor.manufacturing.MetricsReport.StageCycleTime;
import dev.shopfloor.manufacturing.MetricsReport.StageLoad;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One statement per production metric, each computed entirely in SQL (counts, sums, averages, rates and
 * rounding). The range is {@code [:start, :end)} in UTC. The manufacturer filter is a catch-all condition
 * ({@code :manufacturerId IS NULL OR ...}): these statements are driven by the time indexes (finished_at,
 * transitions' at, QC checks' created_at) or by the open-task stage index, and the manufacturer only narrows
 * the rows those return.
 */
@Repository
public class MetricsQueries {

    private static final String OF_MANUFACTURER = """
            (CAST(:manufacturerId AS uuid) IS NULL OR t.manufacturer_id = CAST(:manufacturerId AS uuid))
            """;

    private static final String WORK_IN_PROGRESS = """
            SELECT s.code, s.name, count(t.id) AS tasks, coalesce(sum(t.quantity), 0) AS units
            FROM production_stages s
            LEFT JOIN production_tasks t ON t.stage = s.code
                                        AND t.status = 'open'
                                        AND %s
            WHERE s.kind <> 'done'
            GROUP BY s.code, s.name, s.position
            ORDER BY s.position
            """.formatted(OF_MANUFACTURER);

    private static final String THROUGHPUT = """
            WITH finished AS (
                SELECT CAST(t.finished_at AT TIME ZONE 'UTC' AS date) AS day, count(*) AS tasks,
                       sum(t.quantity) AS units
                FROM production_tasks t
                WHERE t.status = 'done'
                  AND t.finished_at >= :start
                  AND t.finished_at < :end
                  AND %s
                GROUP BY 1
            )
            SELECT CAST(:from AS date) + g.n AS day, coalesce(f.tasks, 0) AS tasks, coalesce(f.units, 0) AS units
            FROM generate_series(0, :days - 1) AS g(n)
            LEFT JOIN finished f ON f.day = CAST(:from AS date) + g.n
            ORDER BY g.n
            """.formatted(OF_MANUFACTURER);

    // A visit of a stage ends with the transition out of it; 'cancel' ends no visit (the task stays put).
    private static final String CYCLE_TIME = """
            SELECT s.code, s.name, count(v.hours) AS visits, round(avg(v.hours), 2) AS average_hours
            FROM production_stages s
            LEFT JOIN (
                SELECT tr.from_stage, extract(epoch FROM tr.at - tr.from_entered_at) / 3600 AS hours
                FROM production_transitions tr
                JOIN production_tasks t ON t.id = tr.task_id
                WHERE tr.at >= :start
                  AND tr.at < :end
                  AND tr.reason IN ('advance', 'qc_pass', 'rework')
                  AND tr.from_entered_at IS NOT NULL
                  AND %s
            ) v ON v.from_stage = s.code
            WHERE s.kind <> 'done'
            GROUP BY s.code, s.name, s.position
            ORDER BY s.position
            """.formatted(OF_MANUFACTURER);

    private static final String ON_TIME = """
            WITH counted AS (
                SELECT count(*) AS due,
                       count(*) FILTER (WHERE CAST(t.finished_at AT TIME ZONE 'UTC' AS date) <= t.due_date) AS on_time
                FROM production_tasks t
                WHERE t.status = 'done'
                  AND t.finished_at >= :start
                  AND t.finished_at < :end
                  AND t.due_date IS NOT NULL
                  AND %s
            )
            SELECT due, on_time, round(CAST(on_time AS numeric) / nullif(due, 0), 4) AS rate
            FROM counted
            """.formatted(OF_MANUFACTURER);

    // Candidates: tasks with any check in the range; of those, the ones whose first check ever is in it.
    private static final String FIRST_PASS_YIELD = """
            WITH candidates AS (
                SELECT DISTINCT q.task_id
                FROM production_qc_checks q
                WHERE q.created_at >= :start
                  AND q.created_at < :end
            ), firsts AS (
                SELECT f.passed, f.created_at
                FROM candidates c
                JOIN production_tasks t ON t.id = c.task_id
                CROSS JOIN LATERAL (
                    SELECT q.passed, q.created_at
                    FROM production_qc_checks q
                    WHERE q.task_id = c.task_id
                    ORDER BY q.created_at, q.id
                    LIMIT 1
                ) f
                WHERE %s
            ), counted AS (
                SELECT count(*) AS first_checks, count(*) FILTER (WHERE passed) AS passed_first
                FROM firsts
                WHERE created_at >= :start
                  AND created_at < :end
            )
            SELECT first_checks, passed_first, round(CAST(passed_first AS numeric) / nullif(first_checks, 0), 4) AS rate
            FROM counted
            """.formatted(OF_MANUFACTURER);

    private static final String COST_PER_UNIT = """
            WITH per_task AS (
                SELECT c.currency, t.id, t.quantity, sum(c.amount) AS amount
                FROM production_tasks t
                JOIN production_costs c ON c.task_id = t.id
                WHERE t.status = 'done'
                  AND t.finished_at >= :start
                  AND t.finished_at < :end
                  AND %s
                GROUP BY c.currency, t.id, t.quantity
            )
            SELECT currency, sum(amount) AS total_cost, sum(quantity) AS units,
                   round(sum(amount) / sum(quantity), 2) AS per_unit
            FROM per_task
            GROUP BY currency
            ORDER BY currency
            """.formatted(OF_MANUFACTURER);

    private final JdbcClient jdbc;

    MetricsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StageLoad> workInProgress(MetricsRange range) {
        return jdbc.sql(WORK_IN_PROGRESS)
                .param("manufacturerId", range.manufacturerId())
                .query((rs, n) -> new StageLoad(
                        rs.getString("code"), rs.getString("name"), rs.getLong("tasks"), rs.getLong("units")))
                .list();
    }

    public List<DayThroughput> throughput(MetricsRange range) {
        return inRange(THROUGHPUT, range)
                .param("from", range.from())
                .param("days", range.days())
                .query((rs, n) -> new DayThroughput(
                        rs.getObject("day", LocalDate.class), rs.getLong("tasks"), rs.getLong("units")))
                .list();
    }

    public List<StageCycleTime> cycleTime(MetricsRange range) {
        return inRange(CYCLE_TIME, range)
                .query((rs, n) -> new StageCycleTime(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getLong("visits"),
                        rs.getBigDecimal("average_hours")))
                .list();
    }

    public OnTime onTime(MetricsRange range) {
        return inRange(ON_TIME, range)
                .query((rs, n) -> new OnTime(rs.getLong("due"), rs.getLong("on_time"), rs.getBigDecimal("rate")))
                .single();
    }

    public FirstPassYield firstPassYield(MetricsRange range) {
        return inRange(FIRST_PASS_YIELD, range)
                .query((rs, n) -> new FirstPassYield(
                        rs.getLong("first_checks"), rs.getLong("passed_first"), rs.getBigDecimal("rate")))
                .single();
    }

    public List<CurrencyCost> costPerUnit(MetricsRange range) {
        return inRange(COST_PER_UNIT, range)
                .query((rs, n) -> new CurrencyCost(
                        rs.getString("currency"),
                        rs.getBigDecimal("total_cost"),
                        rs.getLong("units"),
                        rs.getBigDecimal("per_unit")))
                .list();
    }

    private JdbcClient.StatementSpec inRange(String sql, MetricsRange range) {
        return jdbc.sql(sql)
                .param("start", range.start())
                .param("end", range.end())
                .param("manufacturerId", range.manufacturerId());
    }
}
