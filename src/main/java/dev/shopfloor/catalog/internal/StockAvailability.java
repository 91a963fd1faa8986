package dev.shopfloor.catalog.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads inventory's published view {@code stock_availability} in SQL (the catalog may not call the inventory
 * module in Java, D20). The view is {@code security_invoker}, so the caller's row-level security applies, and it
 * already treats holds past their expiry as free.
 */
@Repository
class StockAvailability {

    private static final String BY_ITEM_AND_VARIANT = """
            SELECT a.item_id, a.variant_id, sum(a.available)::integer AS available
            FROM stock_availability a
            WHERE a.item_id = ANY(:ids::uuid[])
            GROUP BY a.item_id, a.variant_id
            """;

    private final JdbcClient jdbc;

    StockAvailability(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stock of each of these items, in one query; items without any stock level are absent. */
    Map<UUID, ItemStock> of(Collection<UUID> itemIds) {
        Map<UUID, Integer> totals = new HashMap<>();
        Map<UUID, Map<UUID, Integer>> variants = new HashMap<>();
        jdbc.sql(BY_ITEM_AND_VARIANT).param("ids", SqlArrays.uuids(itemIds)).query(rs -> {
            UUID item = rs.getObject("item_id", UUID.class);
            UUID variant = rs.getObject("variant_id", UUID.class);
            int available = rs.getInt("available");
            totals.merge(item, available, Integer::sum);
            if (variant != null) {
                variants.computeIfAbsent(item, k -> new HashMap<>()).put(variant, available);
            }
        });
        Map<UUID, ItemStock> stock = new HashMap<>();
        totals.forEach((item, total) -> stock.put(item, new ItemStock(total, variants.getOrDefault(item, Map.of()))));
        return stock;
    }
}
