package dev.shopfloor.inventory.internal;

import dev.shopfloor.inventory.Movement;
import dev.shopfloor.inventory.MovementFilter;
import dev.shopfloor.inventory.MovementKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ledger, newest first, by keyset on the time-ordered id; each filter has its index (V9, V11). */
@Repository
class MovementSearch {

    private static final String SELECT = """
            SELECT m.id, m.level_id, m.sku, m.location_id, m.kind, m.quantity, m.on_hand_after, m.reason,
                   m.reference_type, m.reference_id, m.reference, m.actor_id, m.created_at
            FROM stock_movements m
            WHERE true
            """;
    private static final String SKU = """
            AND lower(m.sku) = lower(:sku)
            """;
    private static final String LOCATION = """
            AND m.location_id = :locationId
            """;
    private static final String KIND = """
            AND m.kind = :kind
            """;
    private static final String REFERENCE = """
            AND m.reference_id = :referenceId
            """;
    private static final String FROM = """
            AND m.created_at >= :from
            """;
    private static final String TO = """
            AND m.created_at < :to
            """;
    private static final String ID = """
            AND m.id = :id
            """;
    private static final String AFTER = """
            AND m.id < :after
            """;
    private static final String ORDER = """
            ORDER BY m.id DESC
            LIMIT :limit
            """;

    private final JdbcClient jdbc;

    MovementSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Movement> find(MovementFilter filter, @Nullable UUID after, int limit) {
        return new SqlFilter(SELECT)
                .and(SKU, "sku", filter.sku())
                .and(LOCATION, "locationId", filter.locationId())
                .and(KIND, "kind", filter.kind() == null ? null : filter.kind().value())
                .and(REFERENCE, "referenceId", filter.referenceId())
                .and(FROM, "from", filter.from())
                .and(TO, "to", filter.to())
                .and(AFTER, "after", after)
                .page(jdbc, ORDER, limit)
                .query(MovementSearch::map)
                .list();
    }

    java.util.Optional<Movement> find(UUID id) {
        return new SqlFilter(SELECT)
                .and(ID, "id", id)
                .page(jdbc, ORDER, 1)
                .query(MovementSearch::map)
                .optional();
    }

    static Movement map(ResultSet rs, int row) throws SQLException {
        return new Movement(
                rs.getObject("id", UUID.class),
                rs.getObject("level_id", UUID.class),
                rs.getString("sku"),
                rs.getObject("location_id", UUID.class),
                MovementKind.fromValue(rs.getString("kind")),
                rs.getInt("quantity"),
                rs.getInt("on_hand_after"),
                rs.getString("reason"),
                rs.getString("reference_type"),
                rs.getObject("reference_id", UUID.class),
                rs.getString("reference"),
                rs.getString("actor_id"),
                rs.getTimestamp("created_at").toInstant());
    }
}
