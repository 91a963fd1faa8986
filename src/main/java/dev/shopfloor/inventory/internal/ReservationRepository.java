package dev.shopfloor.inventory.internal;

import dev.shopfloor.inventory.Reservation;
import dev.shopfloor.inventory.ReservationFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Holds one by one, for people: the list, extending and releasing a single hold. */
@Repository
class ReservationRepository {

    private static final String SELECT = """
            SELECT r.id, r.level_id, r.sku, r.location_id, r.owner_type, r.owner_id, r.line_id, r.reference,
                   r.quantity, r.status, r.expires_at, r.status = 'active' AND r.expires_at <= now() AS lapsed,
                   r.version, r.created_at, r.updated_at
            FROM stock_reservations r
            WHERE true
            """;
    private static final String ID = """
            AND r.id = :id
            """;
    private static final String OWNER = """
            AND r.owner_id = :ownerId
            """;
    private static final String SKU = """
            AND lower(r.sku) = lower(:sku)
            """;
    private static final String LOCATION = """
            AND r.location_id = :locationId
            """;
    private static final String STATUS = """
            AND r.status = :status
            """;
    private static final String AFTER = """
            AND r.id < :after
            """;
    private static final String ORDER = """
            ORDER BY r.id DESC
            LIMIT :limit
            """;

    private static final String LEVEL_OF = """
            SELECT level_id
            FROM stock_reservations
            WHERE id = :id
            """;

    // Only a hold that still counts can change; the caller has locked its level, which expired a lapsed one.
    private static final String EXTEND = """
            UPDATE stock_reservations
            SET expires_at = :expiresAt
            WHERE id = :id
              AND status = 'active'
            """;

    private static final String RELEASE = """
            UPDATE stock_reservations
            SET status = 'released'
            WHERE id = :id
              AND status = 'active'
            """;

    private final JdbcClient jdbc;

    ReservationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Reservation> find(ReservationFilter filter, @Nullable UUID after, int limit) {
        return new SqlFilter(SELECT)
                .and(OWNER, "ownerId", filter.ownerId())
                .and(SKU, "sku", filter.sku())
                .and(LOCATION, "locationId", filter.locationId())
                .and(STATUS, "status", filter.status())
                .and(AFTER, "after", after)
                .page(jdbc, ORDER, limit)
                .query(ReservationRepository::map)
                .list();
    }

    Optional<Reservation> find(UUID id) {
        return new SqlFilter(SELECT)
                .and(ID, "id", id)
                .page(jdbc, ORDER, 1)
                .query(ReservationRepository::map)
                .optional();
    }

    Optional<UUID> levelOf(UUID id) {
        return jdbc.sql(LEVEL_OF).param("id", id).query(UUID.class).optional();
    }

    boolean extend(UUID id, Instant expiresAt) {
        return jdbc.sql(EXTEND)
                        .param("id", id)
                        .param("expiresAt", Timestamp.from(expiresAt))
                        .update()
                == 1;
    }

    boolean release(UUID id) {
        return jdbc.sql(RELEASE).param("id", id).update() == 1;
    }

    static Reservation map(ResultSet rs, int row) throws SQLException {
        Timestamp expiresAt = rs.getTimestamp("expires_at");
        return new Reservation(
                rs.getObject("id", UUID.class),
                rs.getObject("level_id", UUID.class),
                rs.getString("sku"),
                rs.getObject("location_id", UUID.class),
                rs.getString("owner_type"),
                rs.getObject("owner_id", UUID.class),
                rs.getObject("line_id", UUID.class),
                rs.getString("reference"),
                rs.getInt("quantity"),
                rs.getString("status"),
                expiresAt == null ? null : expiresAt.toInstant(),
                rs.getBoolean("lapsed"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
