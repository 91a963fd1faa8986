package dev.shopfloor.inventory.internal;

import dev.shopfloor.inventory.LevelFilter;
import dev.shopfloor.inventory.StockLevel;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stock levels as readers see them (stock_availability), newest first, by keyset on the id. */
@Repository
class LevelSearch {

    private static final String SELECT = "SELECT " + LevelRepository.COLUMNS + """
            FROM stock_availability a
            WHERE true
            """;
    private static final String SKU = """
            AND a.sku_key = lower(:sku)
            """;
    private static final String LOCATION = """
            AND a.location_id = :locationId
            """;
    private static final String ITEM = """
            AND a.item_id = :itemId
            """;
    private static final String VENDOR = """
            AND a.vendor_id = :vendorId
            """;
    // Lapsed holds only ever raise what readers see as available, so a level below its reorder point for readers
    // is below it by the stored numbers too: the partial index stock_levels_below_reorder finds the candidates.
    private static final String BELOW_REORDER_POINT = """
            AND a.id IN (SELECT s.id
                         FROM stock_levels s
                         WHERE s.on_hand - s.reserved <= s.reorder_point)
            AND a.available <= a.reorder_point
            """;
    private static final String ABOVE_REORDER_POINT = """
            AND a.available > a.reorder_point
            """;
    private static final String AFTER = """
            AND a.id < :after
            """;
    private static final String ORDER = """
            ORDER BY a.id DESC
            LIMIT :limit
            """;

    private final JdbcClient jdbc;

    LevelSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StockLevel> find(LevelFilter filter, @Nullable UUID after, int limit) {
        return new SqlFilter(SELECT)
                .and(SKU, "sku", filter.sku())
                .and(LOCATION, "locationId", filter.locationId())
                .and(ITEM, "itemId", filter.itemId())
                .and(VENDOR, "vendorId", filter.vendorId())
                .andIf(Boolean.TRUE.equals(filter.belowReorderPoint()), BELOW_REORDER_POINT)
                .andIf(Boolean.FALSE.equals(filter.belowReorderPoint()), ABOVE_REORDER_POINT)
                .and(AFTER, "after", after)
                .page(jdbc, ORDER, limit)
                .query(LevelRepository::map)
                .list();
    }
}
