package dev.shopfloor.inventory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every stock level from the ledger and the holds in one statement and reports the levels that
 * disagree. One statement sees one snapshot, so stock moving while it runs cannot look like drift.
 */
@Service
public class ConsistencyCheck {

    // books is referenced twice, so PostgreSQL computes it once; the outer join keeps one row when nothing drifts.
    private static final String CHECK = """
            WITH ledger AS (
                SELECT level_id, sum(quantity) AS on_hand
                FROM stock_movements
                GROUP BY level_id
            ), holds AS (
                SELECT level_id, sum(quantity) AS reserved
                FROM stock_reservations
                WHERE status = 'active'
                GROUP BY level_id
            ), books AS (
                SELECT l.id, l.sku, l.location_id, l.on_hand, coalesce(m.on_hand, 0) AS ledger_on_hand,
                       l.reserved, coalesce(h.reserved, 0) AS holds_reserved
                FROM stock_levels l
                LEFT JOIN ledger m ON m.level_id = l.id
                LEFT JOIN holds h ON h.level_id = l.id
            )
            SELECT c.checked, d.id, d.sku, d.location_id, d.on_hand, d.ledger_on_hand, d.reserved, d.holds_reserved
            FROM (SELECT count(*) AS checked FROM books) c
            LEFT JOIN (SELECT *
                       FROM books
                       WHERE on_hand <> ledger_on_hand
                          OR reserved <> holds_reserved) d ON true
            ORDER BY d.id
            """;

    private final JdbcClient jdbc;

    ConsistencyCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ConsistencyReport run() {
        return report();
    }

    /** The check in the caller's transaction (tests run it against crafted books). */
    ConsistencyReport report() {
        List<Row> rows = jdbc.sql(CHECK).query(ConsistencyCheck::map).list();
        long checked = rows.isEmpty() ? 0 : rows.getFirst().checked();
        List<ConsistencyReport.Drift> drift = new ArrayList<>();
        rows.stream().filter(r -> r.drift() != null).forEach(r -> drift.add(r.drift()));
        return ConsistencyReport.of(checked, drift, Instant.now());
    }

    private record Row(long checked, ConsistencyReport.@Nullable Drift drift) {}

    private static Row map(ResultSet rs, int n) throws SQLException {
        UUID level = rs.getObject("id", UUID.class);
        if (level == null) {
            return new Row(rs.getLong("checked"), null);
        }
        return new Row(
                rs.getLong("checked"),
                new ConsistencyReport.Drift(
                        level,
                        rs.getString("sku"),
                        rs.getObject("location_id", UUID.class),
                        rs.getInt("on_hand"),
                        rs.getLong("ledger_on_hand"),
                        rs.getInt("reserved"),
                        rs.getLong("holds_reserved")));
    }
}
