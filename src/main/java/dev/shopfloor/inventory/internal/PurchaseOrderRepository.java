package dev.shopfloor.inventory.internal;

import dev.shopfloor.platform.Ids;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The purchase_orders rows and their lines. */
@Repository
class PurchaseOrderRepository {

    static final String COLUMNS = """
            po.id, po.number, po.vendor_id, po.location_id, po.status, po.automatic, po.currency,
            po.expected_at, po.notes, po.version, po.created_at, po.updated_at
            """;

    private static final String INSERT = """
            INSERT INTO purchase_orders (id, vendor_id, location_id, currency, expected_at, notes)
            VALUES (:id, :vendor, :location, :currency, :expectedAt, :notes)
            RETURNING number
            """;

    private static final String FIND = "SELECT " + COLUMNS + """
            FROM purchase_orders po
            WHERE po.id = :id
            """;

    private static final String LOCK = "SELECT " + COLUMNS + """
            FROM purchase_orders po
            WHERE po.id = :id
            FOR UPDATE
            """;

    // lines_revision makes a change of the lines a change of the order, so its version (ETag) covers them.
    private static final String UPDATE_HEADER = """
            UPDATE purchase_orders
            SET currency = :currency, expected_at = :expectedAt, notes = :notes,
                lines_revision = lines_revision + CASE WHEN :linesChanged THEN 1 ELSE 0 END
            WHERE id = :id
            """;

    private static final String SET_STATUS = """
            UPDATE purchase_orders
            SET status = :status,
                lines_revision = lines_revision + CASE WHEN :linesChanged THEN 1 ELSE 0 END
            WHERE id = :id
            """;

    private static final String LINES_OF = """
            SELECT id, purchase_order_id, sku, quantity, received_quantity, unit_cost
            FROM purchase_order_lines
            WHERE purchase_order_id = ANY(:ids::uuid[])
            ORDER BY purchase_order_id, id
            """;

    // One line per SKU (unique index): an edit that names a SKU again changes its line and keeps its id.
    private static final String UPSERT_LINES = """
            INSERT INTO purchase_order_lines (id, purchase_order_id, sku_key, sku, quantity, unit_cost)
            SELECT l.id, :order, lower(l.sku), l.sku, l.quantity, l.unit_cost
            FROM unnest(:ids::uuid[], :skus::text[], :quantities::int[], :costs::numeric[])
                AS l(id, sku, quantity, unit_cost)
            ON CONFLICT (purchase_order_id, sku_key) DO UPDATE
            SET sku = excluded.sku, quantity = excluded.quantity, unit_cost = excluded.unit_cost
            """;

    private static final String DELETE_OTHER_LINES = """
            DELETE FROM purchase_order_lines
            WHERE purchase_order_id = :order
              AND sku_key <> ALL(:keys::text[])
            """;

    private static final String ADD_RECEIVED = """
            UPDATE purchase_order_lines pl
            SET received_quantity = pl.received_quantity + r.quantity
            FROM unnest(:ids::uuid[], :quantities::int[]) AS r(id, quantity)
            WHERE pl.id = r.id
            """;

    private final JdbcClient jdbc;

    PurchaseOrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the order (status draft) and returns its number. */
    String insert(UUID id, PurchaseOrderDraft draft, @Nullable UUID vendorId, @Nullable String currency) {
        return jdbc.sql(INSERT)
                .param("id", id)
                .param("vendor", vendorId)
                .param("location", draft.locationId())
                .param("currency", currency)
                .param("expectedAt", draft.expectedAt() == null ? null : Date.valueOf(draft.expectedAt()))
                .param("notes", draft.notes())
                .query(String.class)
                .single();
    }

    Optional<PurchaseOrder> find(UUID id) {
        return jdbc.sql(FIND)
                .param("id", id)
                .query(PurchaseOrderRepository::map)
                .optional();
    }

    /** The order, locked for the rest of the transaction. */
    Optional<PurchaseOrder> lock(UUID id) {
        return jdbc.sql(LOCK)
                .param("id", id)
                .query(PurchaseOrderRepository::map)
                .optional();
    }

    void updateHeader(UUID id, PurchaseOrderEdit edit, boolean linesChanged) {
        jdbc.sql(UPDATE_HEADER)
                .param("id", id)
                .param("linesChanged", linesChanged)
                .param("currency", edit.currency())
                .param("expectedAt", edit.expectedAt() == null ? null : Date.valueOf(edit.expectedAt()))
                .param("notes", edit.notes())
                .update();
    }

    /** Sets the status; {@code linesChanged} also counts a change of the lines (a receipt) as a new version. */
    void setStatus(UUID id, PurchaseOrderStatus status, boolean linesChanged) {
        jdbc.sql(SET_STATUS)
                .param("id", id)
                .param("status", status.db())
                .param("linesChanged", linesChanged)
                .update();
    }

    /** The lines of these orders, keyed by order, in one query. */
    Map<UUID, List<PurchaseOrderLine>> linesOf(List<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(LINES_OF)
                .param("ids", StockHolds.uuids(orderIds))
                .query(PurchaseOrderRepository::mapLine)
                .stream()
                .collect(Collectors.groupingBy(PurchaseOrderLine::purchaseOrderId));
    }

    /** Makes the order's lines exactly these (one per SKU), keeping the ids of SKUs it already had. */
    void replaceLines(UUID orderId, List<PurchaseOrderDraft.Line> lines) {
        jdbc.sql(DELETE_OTHER_LINES)
                .param("order", orderId)
                .param(
                        "keys",
                        lines.stream()
                                .map(l -> l.sku().toLowerCase(Locale.ROOT))
                                .toArray(String[]::new))
                .update();
        jdbc.sql(UPSERT_LINES)
                .param("order", orderId)
                .param("ids", lines.stream().map(l -> Ids.newId().toString()).toArray(String[]::new))
                .param("skus", lines.stream().map(PurchaseOrderDraft.Line::sku).toArray(String[]::new))
                .param(
                        "quantities",
                        lines.stream().map(PurchaseOrderDraft.Line::quantity).toArray(Integer[]::new))
                .param(
                        "costs",
                        lines.stream().map(PurchaseOrderDraft.Line::unitCost).toArray(BigDecimal[]::new))
                .update();
    }

    void addReceived(Map<UUID, Integer> quantityByLine) {
        List<Map.Entry<UUID, Integer>> rows = List.copyOf(quantityByLine.entrySet());
        jdbc.sql(ADD_RECEIVED)
                .param("ids", rows.stream().map(e -> e.getKey().toString()).toArray(String[]::new))
                .param("quantities", rows.stream().map(Map.Entry::getValue).toArray(Integer[]::new))
                .update();
    }

    static PurchaseOrder map(ResultSet rs, int row) throws SQLException {
        Date expected = rs.getDate("expected_at");
        return new PurchaseOrder(
                rs.getObject("id", UUID.class),
                rs.getString("number"),
                rs.getObject("vendor_id", UUID.class),
                rs.getObject("location_id", UUID.class),
                PurchaseOrderStatus.fromDb(rs.getString("status")),
                rs.getBoolean("automatic"),
                rs.getString("currency"),
                expected == null ? null : expected.toLocalDate(),
                rs.getString("notes"),
                List.of(),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static PurchaseOrderLine mapLine(ResultSet rs, int row) throws SQLException {
        return new PurchaseOrderLine(
                rs.getObject("id", UUID.class),
                rs.getObject("purchase_order_id", UUID.class),
                rs.getString("sku"),
                rs.getInt("quantity"),
                rs.getInt("received_quantity"),
                rs.getBigDecimal("unit_cost"));
    }
}
