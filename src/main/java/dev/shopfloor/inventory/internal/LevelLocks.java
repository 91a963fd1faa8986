package dev.shopfloor.inventory.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Row locks on stock levels, always taken in id order: every transaction that touches several levels calls
 * this before writing, so two of them can wait for each other but never deadlock. Locking also frees the
 * holds on those levels that are past their expiry, so afterwards the stored {@code reserved} is what readers
 * of stock_availability see, and a write is never refused for stock that only a lapsed hold still claims.
 */
@Repository
public class LevelLocks {

    private static final String LOCK = """
            SELECT id
            FROM stock_levels
            WHERE id = ANY(:ids::uuid[])
            ORDER BY id
            FOR UPDATE
            """;

    private static final String LOCK_SKIPPING_LOCKED = """
            SELECT id
            FROM stock_levels
            WHERE id = ANY(:ids::uuid[])
            ORDER BY id
            FOR UPDATE SKIP LOCKED
            """;

    private static final String EXPIRE_LAPSED = """
            UPDATE stock_reservations
            SET status = 'expired'
            WHERE level_id = ANY(:ids::uuid[])
              AND status = 'active'
              AND expires_at <= now()
            """;

    private final JdbcClient jdbc;

    LevelLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UUID> lock(List<UUID> levelIds) {
        List<UUID> locked = jdbc.sql(LOCK)
                .param("ids", StockHolds.uuids(levelIds))
                .query(UUID.class)
                .list();
        expireLapsed(locked);
        return locked;
    }

    /** For levels the caller has already locked in id order. */
    void expireLapsed(List<UUID> lockedLevelIds) {
        if (!lockedLevelIds.isEmpty()) {
            jdbc.sql(EXPIRE_LAPSED)
                    .param("ids", StockHolds.uuids(lockedLevelIds))
                    .update();
        }
    }

    /** For background jobs: the levels it could lock now; the rest are busy and left for the next run. */
    List<UUID> lockAvailable(List<UUID> levelIds) {
        List<UUID> locked = jdbc.sql(LOCK_SKIPPING_LOCKED)
                .param("ids", StockHolds.uuids(levelIds))
                .query(UUID.class)
                .list();
        expireLapsed(locked);
        return locked;
    }
}
