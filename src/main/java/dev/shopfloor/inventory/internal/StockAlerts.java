package dev.shopfloor.inventory.internal;

import static dev.shopfloor.platform.database.FilterClauses.add;

import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.Page;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads low-stock alerts. Nothing here writes them: the stock_levels trigger (V12) raises and resolves them in
 * the transaction that changes the stock. A VENDOR sees only its own vendor's alerts (row-level security).
 */
@Service
public class StockAlerts {

    private static final String SELECT = """
            SELECT a.id, a.level_id, a.sku, a.location_id, a.kind, a.status, a.available, a.reorder_point,
                   a.purchase_order_id, a.raised_at, a.resolved_at, a.version, a.created_at, a.updated_at
            FROM stock_alerts a
            WHERE true
            """;
    private static final String STATUS = """
            AND a.status = :status
            """;
    private static final String LOCATION = """
            AND a.location_id = :location
            """;
    private static final String SKU = """
            AND lower(a.sku) = lower(:sku)
            """;
    private static final String AFTER = """
            AND a.id < :after
            """;
    private static final String ORDER = """
            ORDER BY a.id DESC
            LIMIT :limit
            """;

    private final JdbcClient jdbc;

    StockAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of alerts, newest first; only the conditions of the filters given are in the statement. */
    @Transactional(readOnly = true)
    public Page<StockAlert> list(StockAlertFilter filter, @Nullable String cursor, @Nullable Integer limit) {
        int size = Cursor.limit(limit);
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new LinkedHashMap<>();
        add(sql, params, STATUS, "status", filter.status());
        add(sql, params, LOCATION, "location", filter.locationId());
        add(sql, params, SKU, "sku", filter.sku());
        add(sql, params, AFTER, "after", Cursor.after(cursor));
        sql.append(ORDER);
        params.put("limit", size + 1);
        var fetched =
                jdbc.sql(sql.toString()).params(params).query(StockAlerts::map).list();
        return Page.of(fetched, size, a -> Cursor.of(a.id()));
    }

    private static StockAlert map(ResultSet rs, int row) throws SQLException {
        return new StockAlert(
                rs.getObject("id", UUID.class),
                rs.getObject("level_id", UUID.class),
                rs.getString("sku"),
                rs.getObject("location_id", UUID.class),
                rs.getString("kind"),
                rs.getString("status"),
                rs.getInt("available"),
                rs.getInt("reorder_point"),
                rs.getObject("purchase_order_id", UUID.class),
                rs.getTimestamp("raised_at").toInstant(),
                instant(rs.getTimestamp("resolved_at")),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
