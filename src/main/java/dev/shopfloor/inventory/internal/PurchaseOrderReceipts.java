package dev.shopfloor.inventory.internal;

import dev.shopfloor.platform.Ids;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Receipt movements for goods that arrived on a purchase order: creates the levels the location does not have
 * yet, locks them in id order, then writes one receipt movement per line in one statement (the ledger trigger
 * raises on_hand, and the alert trigger resolves the level's low-stock alert).
 */
@Repository
class PurchaseOrderReceipts {

    private static final String CREATE_MISSING_LEVELS = """
            INSERT INTO stock_levels (id, sku_key, location_id)
            SELECT k.id, k.sku_key, :location
            FROM unnest(:ids::uuid[], :keys::text[]) AS k(id, sku_key)
            ON CONFLICT (sku_key, location_id) DO NOTHING
            """;

    private static final String LEVELS = """
            SELECT id, sku_key
            FROM stock_levels
            WHERE location_id = :location
              AND sku_key = ANY(:keys::text[])
            """;

    private static final String LINE_KEYS = """
            SELECT id, sku_key
            FROM purchase_order_lines
            WHERE id = ANY(:ids::uuid[])
            """;

    private final JdbcClient jdbc;
    private final LevelLocks locks;
    private final Movements movements;

    PurchaseOrderReceipts(JdbcClient jdbc, LevelLocks locks, Movements movements) {
        this.jdbc = jdbc;
        this.locks = locks;
        this.movements = movements;
    }

    /** Writes a receipt movement for each line's quantity at the order's location. */
    void receive(PurchaseOrder order, Map<UUID, Integer> quantityByLine) {
        Map<UUID, String> keyByLine = jdbc
                .sql(LINE_KEYS)
                .param("ids", StockHolds.uuids(List.copyOf(quantityByLine.keySet())))
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("sku_key")))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        String[] keys = keyByLine.values().stream().distinct().sorted().toArray(String[]::new);
        jdbc.sql(CREATE_MISSING_LEVELS)
                .param("location", order.locationId())
                .param(
                        "ids",
                        java.util.Arrays.stream(keys)
                                .map(k -> Ids.newId().toString())
                                .toArray(String[]::new))
                .param("keys", keys)
                .update();
        Map<String, UUID> levelByKey = jdbc
                .sql(LEVELS)
                .param("location", order.locationId())
                .param("keys", keys)
                .query((rs, n) -> Map.entry(rs.getString("sku_key"), rs.getObject("id", UUID.class)))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        locks.lock(List.copyOf(levelByKey.values()));
        movements.insert(quantityByLine.entrySet().stream()
                .map(e -> new NewMovement(
                        levelByKey.get(keyByLine.get(e.getKey())),
                        "receipt",
                        e.getValue(),
                        "received on purchase order " + order.number(),
                        "purchase_order",
                        order.id(),
                        order.number()))
                .toList());
    }
}
