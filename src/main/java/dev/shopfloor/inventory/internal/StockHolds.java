package dev.shopfloor.inventory.internal;

import dev.shopfloor.inventory.Hold;
import dev.shopfloor.inventory.HoldLine;
import dev.shopfloor.inventory.StockOwner;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reservations (holds) as SQL. Every write first locks the stock levels it will touch in id order
 * ({@link #lockForHold}, {@link #lockHeldBy}), so concurrent owners over overlapping SKUs queue instead of
 * deadlocking. stock_levels.reserved follows the reservation rows by trigger (V9).
 */
@Repository
class StockHolds {

    private static final String LOCK_FOR_HOLD = """
            SELECT l.id
            FROM stock_levels l
            WHERE l.id = ANY(ARRAY(
                SELECT r.level_id
                FROM stock_reservations r
                WHERE r.owner_id = :owner
                  AND r.status = 'active'
                UNION ALL
                SELECT c.id
                FROM stock_levels c
                WHERE c.sku_key = ANY(:keys::text[])
                  AND (:location::uuid IS NULL OR c.location_id = :location::uuid)))
            ORDER BY l.id
            FOR UPDATE OF l
            """;

    private static final String LOCK_HELD_BY = """
            SELECT l.id
            FROM stock_levels l
            WHERE l.id IN (SELECT r.level_id FROM stock_reservations r WHERE r.owner_id = :owner AND r.status = 'active')
            ORDER BY l.id
            FOR UPDATE OF l
            """;

    private static final String RELEASE_OWNER = """
            UPDATE stock_reservations
            SET status = 'released'
            WHERE owner_id = :owner
              AND status = 'active'
            """;

    private static final String AVAILABLE_ON_LEVELS = """
            SELECT l.id, l.sku_key, l.on_hand - l.reserved AS available
            FROM stock_levels l
            JOIN locations loc ON loc.id = l.location_id
            WHERE l.id = ANY(:levels::uuid[])
              AND loc.active
            """;

    private static final String INSERT_HOLDS = """
            INSERT INTO stock_reservations (id, level_id, owner_type, owner_id, line_id, reference, quantity, expires_at)
            SELECT h.id, h.level_id, :ownerType, :owner, h.line_id, :reference, h.quantity, :expiresAt::timestamptz
            FROM unnest(:ids::uuid[], :levels::uuid[], :lines::uuid[], :quantities::int[])
                AS h(id, level_id, line_id, quantity)
            RETURNING id, line_id, sku, location_id, quantity, expires_at
            """;

    private static final String HOLD_UNTIL = """
            UPDATE stock_reservations
            SET expires_at = :expiresAt::timestamptz
            WHERE owner_id = :owner
              AND status = 'active'
            """;

    private static final String CHANGE = """
            UPDATE stock_reservations r
            SET status = c.status, quantity = c.quantity
            FROM unnest(:ids::uuid[], :statuses::text[], :quantities::int[]) AS c(id, status, quantity)
            WHERE r.id = c.id
            """;

    private static final String ACTIVE_OF_OWNER = """
            SELECT id, level_id, line_id, quantity
            FROM stock_reservations
            WHERE owner_id = :owner
              AND status = 'active'
            ORDER BY level_id, id
            """;

    private final JdbcClient jdbc;

    StockHolds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks, in id order, the levels the owner holds now and every candidate level for these SKUs. The ids come
     * from two index lookups evaluated once into an array: written as {@code id IN (...) OR sku_key = ANY(...)}
     * PostgreSQL scans every level; written as a join ({@code id IN (SELECT ... UNION ALL ...)}), the re-check of a
     * row that a concurrent order updated while we waited for its lock dropped it, and the order was refused
     * with nothing available (both found by the orders benchmark).
     */
    List<UUID> lockForHold(StockOwner owner, List<HoldLine> lines, @Nullable UUID locationId) {
        String[] keys = lines.stream()
                .map(l -> l.sku().toLowerCase(Locale.ROOT))
                .distinct()
                .toArray(String[]::new);
        return jdbc.sql(LOCK_FOR_HOLD)
                .param("owner", owner.id())
                .param("keys", keys)
                .param("location", locationId == null ? null : locationId.toString())
                .query(UUID.class)
                .list();
    }

    List<UUID> lockHeldBy(StockOwner owner) {
        return jdbc.sql(LOCK_HELD_BY)
                .param("owner", owner.id())
                .query(UUID.class)
                .list();
    }

    void releaseAll(StockOwner owner) {
        jdbc.sql(RELEASE_OWNER).param("owner", owner.id()).update();
    }

    List<Allocation.Level> available(List<UUID> levels) {
        return jdbc.sql(AVAILABLE_ON_LEVELS)
                .param("levels", uuids(levels))
                .query((rs, n) -> new Allocation.Level(
                        rs.getObject("id", UUID.class), rs.getString("sku_key"), rs.getInt("available")))
                .list();
    }

    List<Hold> insert(StockOwner owner, List<Allocation.Part> parts, @Nullable Instant expiresAt) {
        if (parts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(INSERT_HOLDS)
                .param("ownerType", owner.type())
                .param("owner", owner.id())
                .param("reference", owner.reference())
                .param("expiresAt", expiresAt == null ? null : Timestamp.from(expiresAt))
                .param("ids", parts.stream().map(p -> p.holdId().toString()).toArray(String[]::new))
                .param("levels", parts.stream().map(p -> p.levelId().toString()).toArray(String[]::new))
                .param("lines", parts.stream().map(p -> p.lineId().toString()).toArray(String[]::new))
                .param("quantities", parts.stream().map(p -> p.quantity()).toArray(Integer[]::new))
                .query((rs, n) -> new Hold(
                        rs.getObject("id", UUID.class),
                        rs.getObject("line_id", UUID.class),
                        rs.getString("sku"),
                        rs.getObject("location_id", UUID.class),
                        rs.getInt("quantity"),
                        instant(rs.getTimestamp("expires_at"))))
                .list();
    }

    void holdUntil(StockOwner owner, @Nullable Instant expiresAt) {
        jdbc.sql(HOLD_UNTIL)
                .param("owner", owner.id())
                .param("expiresAt", expiresAt == null ? null : Timestamp.from(expiresAt))
                .update();
    }

    List<Sale.Held> activeOf(StockOwner owner) {
        return jdbc.sql(ACTIVE_OF_OWNER)
                .param("owner", owner.id())
                .query((rs, n) -> new Sale.Held(
                        rs.getObject("id", UUID.class),
                        rs.getObject("level_id", UUID.class),
                        rs.getObject("line_id", UUID.class),
                        rs.getInt("quantity")))
                .list();
    }

    void change(List<Sale.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        jdbc.sql(CHANGE)
                .param(
                        "ids",
                        changes.stream().map(c -> c.reservationId().toString()).toArray(String[]::new))
                .param("statuses", changes.stream().map(Sale.Change::status).toArray(String[]::new))
                .param("quantities", changes.stream().map(Sale.Change::quantity).toArray(Integer[]::new))
                .update();
    }

    static String[] uuids(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
