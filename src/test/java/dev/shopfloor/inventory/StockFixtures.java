package dev.shopfloor.inventory;

import dev.shopfloor.platform.Ids;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Locations and stock for tests, written the way the ledger allows (a level, then a receipt movement), so the
 * books stay consistent. Uses the application's own connection pool.
 */
public final class StockFixtures {

    private final JdbcClient jdbc;

    public StockFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID location() {
        UUID id = Ids.newId();
        jdbc.sql("INSERT INTO locations (id, code, name) VALUES (:id, :code, :name)")
                .param("id", id)
                .param("code", "L" + id.toString().replace("-", "").substring(20))
                .param("name", "Test warehouse")
                .update();
        return id;
    }

    /** Receives {@code quantity} of the SKU at the location (creating its level) and returns the level id. */
    public UUID receive(String sku, UUID location, int quantity) {
        jdbc.sql("""
                        INSERT INTO stock_levels (id, sku_key, location_id)
                        VALUES (:id, :key, :location)
                        ON CONFLICT (sku_key, location_id) DO NOTHING
                        """)
                .param("id", Ids.newId())
                .param("key", sku.toLowerCase(Locale.ROOT))
                .param("location", location)
                .update();
        UUID level = jdbc.sql("SELECT id FROM stock_levels WHERE sku_key = :key AND location_id = :location")
                .param("key", sku.toLowerCase(Locale.ROOT))
                .param("location", location)
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        INSERT INTO stock_movements (id, level_id, kind, quantity, reason)
                        VALUES (:id, :level, 'receipt', :quantity, 'test stock')
                        """)
                .param("id", Ids.newId())
                .param("level", level)
                .param("quantity", quantity)
                .update();
        return level;
    }

    /** {@code onHand}, {@code reserved} as stored, and {@code available} as readers see it. */
    public record Level(int onHand, int reserved, int available) {}

    public Level level(UUID levelId) {
        return jdbc.sql("SELECT on_hand, reserved, available FROM stock_availability WHERE id = :id")
                .param("id", levelId)
                .query((rs, n) -> new Level(rs.getInt("on_hand"), rs.getInt("reserved"), rs.getInt("available")))
                .single();
    }
}
