package dev.shopfloor.orders;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The concurrency tests' own reading of the books, straight from the tables and independent of the inventory
 * module's consistency check: per level the stored quantities next to what the ledger and the holds add up to,
 * and per order line what is held next to what the order still has to deliver.
 */
final class StockBooks {

    private static final String LEVEL = """
            SELECT l.id, l.on_hand, l.reserved, a.available,
                   (SELECT coalesce(sum(m.quantity), 0) FROM stock_movements m WHERE m.level_id = l.id) AS ledger,
                   (SELECT coalesce(sum(r.quantity), 0) FROM stock_reservations r
                     WHERE r.level_id = l.id AND r.status = 'active') AS held,
                   (SELECT count(*) FROM stock_reservations r
                     WHERE r.level_id = l.id AND r.status = 'active') AS active_holds,
                   (SELECT count(*) FROM stock_movements m WHERE m.level_id = l.id AND m.kind = 'sale') AS sales
            FROM stock_levels l
            JOIN stock_availability a ON a.id = l.id
            WHERE l.id = ANY(:ids::uuid[])
            ORDER BY l.id
            """;

    // Per stock line of the orders: active holds against the quantity still to deliver while the order holds
    // stock (pending, confirmed, in production, ready), and against zero in every other status.
    private static final String LINES_HELD_WRONG = """
            SELECT o.number, o.status, i.line_no, i.sku, i.quantity, i.shipped_quantity,
                   coalesce(h.held, 0) AS held
            FROM order_items i
            JOIN orders o ON o.id = i.order_id
            LEFT JOIN (SELECT line_id, sum(quantity) AS held
                       FROM stock_reservations
                       WHERE status = 'active'
                       GROUP BY line_id) h ON h.line_id = i.id
            WHERE o.id = ANY(:ids::uuid[])
              AND i.fulfillment = 'stock'
              AND coalesce(h.held, 0) <> CASE WHEN o.status IN ('pending', 'confirmed', 'in_production', 'ready')
                                              THEN i.quantity - i.shipped_quantity ELSE 0 END
              -- a pending order whose hold lapsed or was released holds nothing until it is confirmed (which
              -- holds again, checking stock) or cancelled by the expiry job
              AND NOT (o.status = 'pending' AND coalesce(h.held, 0) = 0)
            ORDER BY o.number, i.line_no
            """;

    private final JdbcClient jdbc;

    StockBooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Level(UUID id, int onHand, int reserved, int available, long ledger, long held, int activeHolds, int sales) {

        /** onHand is the sum of the movements and reserved the sum of the active holds. */
        boolean balanced() {
            return onHand == ledger && reserved == held;
        }
    }

    Level level(UUID id) {
        return levels(List.of(id)).getFirst();
    }

    List<Level> levels(Collection<UUID> ids) {
        return jdbc.sql(LEVEL)
                .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, n) -> new Level(
                        rs.getObject("id", UUID.class),
                        rs.getInt("on_hand"),
                        rs.getInt("reserved"),
                        rs.getInt("available"),
                        rs.getLong("ledger"),
                        rs.getLong("held"),
                        rs.getInt("active_holds"),
                        rs.getInt("sales")))
                .list();
    }

    /** Every level of these SKUs (any location). */
    List<UUID> levelsOf(Collection<String> skus) {
        return jdbc.sql("SELECT id FROM stock_levels WHERE sku_key = ANY(:keys::text[]) ORDER BY id")
                .param("keys", skus.stream().map(String::toLowerCase).toArray(String[]::new))
                .query(UUID.class)
                .list();
    }

    /**
     * Stock lines of these orders whose holds disagree with their status and open quantity, described: an open
     * order holds each stock line's open quantity, except a pending one whose hold lapsed or was released.
     */
    List<String> linesHeldWrong(Collection<UUID> orderIds) {
        return jdbc.sql(LINES_HELD_WRONG)
                .param("ids", orderIds.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, n) -> rs.getString("number") + " (" + rs.getString("status") + ") line "
                        + rs.getInt("line_no") + " " + rs.getString("sku") + ": quantity " + rs.getInt("quantity")
                        + ", shipped " + rs.getInt("shipped_quantity") + ", held " + rs.getLong("held"))
                .list();
    }

    /** Sale movements that refer to these orders, summed (negative: stock left). */
    long soldFor(Collection<UUID> orderIds) {
        return jdbc.sql("SELECT coalesce(sum(quantity), 0) FROM stock_movements"
                        + " WHERE kind = 'sale' AND reference_id = ANY(:ids::uuid[])")
                .param("ids", orderIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    /** Quantities shipped on these orders' stock lines. */
    long shippedOn(Collection<UUID> orderIds) {
        return jdbc.sql("SELECT coalesce(sum(shipped_quantity), 0) FROM order_items"
                        + " WHERE fulfillment = 'stock' AND order_id = ANY(:ids::uuid[])")
                .param("ids", orderIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(Long.class)
                .single();
    }
}
