package dev.shopfloor.inventory.internal;

import dev.shopfloor.inventory.StockLevel;
import dev.shopfloor.platform.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stock level rows: creating them on first use, their state under lock, and reading them as readers see them. */
@Repository
class LevelRepository {

    static final String COLUMNS = """
            a.id, a.sku, a.item_id, a.variant_id, a.vendor_id, a.location_id, a.on_hand, a.reserved, a.available,
            a.incoming, a.reorder_point, a.reorder_quantity, a.version, a.created_at, a.updated_at
            """;

    // Rows go in (sku_key, location_id) order, so two writers creating the same new levels cannot deadlock.
    private static final String ENSURE = """
            INSERT INTO stock_levels (id, sku_key, location_id)
            SELECT n.id, n.sku_key, n.location_id
            FROM unnest(:ids::uuid[], :keys::text[], :locations::uuid[]) AS n(id, sku_key, location_id)
            ORDER BY n.sku_key, n.location_id
            ON CONFLICT (sku_key, location_id) DO NOTHING
            """;

    private static final String FIND_KEYS = """
            SELECT l.id, l.sku_key, l.location_id
            FROM stock_levels l
            JOIN unnest(:keys::text[], :locations::uuid[]) AS k(sku_key, location_id)
              ON l.sku_key = k.sku_key
             AND l.location_id = k.location_id
            """;

    private static final String STATES = """
            SELECT id, sku_key, sku, location_id, on_hand, reserved, version
            FROM stock_levels
            WHERE id = ANY(:ids::uuid[])
            """;

    private static final String LOCK_VERSION = """
            SELECT version
            FROM stock_levels
            WHERE id = :id
            FOR UPDATE
            """;

    private static final String FIND = "SELECT " + COLUMNS + """
            FROM stock_availability a
            WHERE a.id = :id
            """;

    private static final String EXISTS = """
            SELECT EXISTS (SELECT 1 FROM stock_levels WHERE id = :id)
            """;

    private static final String UPDATE_REORDER = """
            UPDATE stock_levels
            SET reorder_point = :point, reorder_quantity = :quantity
            WHERE id = :id
              AND (:expected::int IS NULL OR version = :expected::int)
            """;

    private final JdbcClient jdbc;

    LevelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The level ids of these SKU/location pairs, creating the missing levels (empty, default reorder policy). */
    List<LevelKey.Found> ensure(List<LevelKey> keys) {
        List<LevelKey> sorted = keys.stream()
                .distinct()
                .sorted(Comparator.comparing(LevelKey::skuKey).thenComparing(LevelKey::locationId))
                .toList();
        jdbc.sql(ENSURE)
                .param("ids", sorted.stream().map(k -> Ids.newId().toString()).toArray(String[]::new))
                .param("keys", sorted.stream().map(LevelKey::skuKey).toArray(String[]::new))
                .param(
                        "locations",
                        sorted.stream().map(k -> k.locationId().toString()).toArray(String[]::new))
                .update();
        return findKeys(sorted);
    }

    /** The existing levels among these pairs. */
    List<LevelKey.Found> findKeys(List<LevelKey> keys) {
        return jdbc.sql(FIND_KEYS)
                .param("keys", keys.stream().map(LevelKey::skuKey).toArray(String[]::new))
                .param(
                        "locations",
                        keys.stream().map(k -> k.locationId().toString()).toArray(String[]::new))
                .query((rs, n) -> new LevelKey.Found(
                        rs.getObject("id", UUID.class),
                        new LevelKey(rs.getString("sku_key"), rs.getObject("location_id", UUID.class))))
                .list();
    }

    /** The stored quantities of levels the caller has locked (lapsed holds already freed by the lock). */
    List<LevelState> states(List<UUID> lockedIds) {
        return jdbc.sql(STATES)
                .param("ids", StockHolds.uuids(lockedIds))
                .query((rs, n) -> new LevelState(
                        rs.getObject("id", UUID.class),
                        rs.getString("sku_key"),
                        rs.getString("sku"),
                        rs.getObject("location_id", UUID.class),
                        rs.getInt("on_hand"),
                        rs.getInt("reserved"),
                        rs.getInt("version")))
                .list();
    }

    /** Locks one level and returns its stored version (before lapsed holds are freed). */
    int lockVersion(UUID id) {
        return jdbc.sql(LOCK_VERSION).param("id", id).query(Integer.class).single();
    }

    Optional<StockLevel> find(UUID id) {
        return jdbc.sql(FIND).param("id", id).query(LevelRepository::map).optional();
    }

    boolean exists(UUID id) {
        return jdbc.sql(EXISTS).param("id", id).query(Boolean.class).single();
    }

    /** False when the level does not exist or its version is not {@code expected}. */
    boolean updateReorder(UUID id, int point, int quantity, @Nullable Integer expected) {
        return jdbc.sql(UPDATE_REORDER)
                        .param("id", id)
                        .param("point", point)
                        .param("quantity", quantity)
                        .param("expected", expected)
                        .update()
                == 1;
    }

    static StockLevel map(ResultSet rs, int row) throws SQLException {
        return new StockLevel(
                rs.getObject("id", UUID.class),
                rs.getString("sku"),
                rs.getObject("item_id", UUID.class),
                rs.getObject("variant_id", UUID.class),
                rs.getObject("vendor_id", UUID.class),
                rs.getObject("location_id", UUID.class),
                rs.getInt("on_hand"),
                rs.getInt("reserved"),
                rs.getInt("available"),
                rs.getInt("incoming"),
                rs.getInt("reorder_point"),
                rs.getInt("reorder_quantity"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
