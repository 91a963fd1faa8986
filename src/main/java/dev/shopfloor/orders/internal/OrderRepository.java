package dev.shopfloor.orders.internal;

import dev.shopfloor.orders.Order;
import dev.shopfloor.orders.OrderChanges;
import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.orders.PaymentStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code orders} rows, without their lines. */
@Repository
public class OrderRepository {

    static final String COLUMNS = """
            o.id, o.version, o.number, o.customer_id, o.store_id, o.location_id, o.status, o.currency,
            o.subtotal, o.shipping_amount, o.total, o.paid_amount, o.payment_status, o.notes, o.status_note,
            o.hold_expires_at, o.shipping_address::text AS shipping_address, o.created_at, o.updated_at
            """;

    private static final String INSERT = """
            INSERT INTO orders (id, customer_id, store_id, location_id, status, currency, subtotal,
                                shipping_amount, total, notes, hold_expires_at, shipping_address)
            VALUES (:id, :customerId, :storeId, :locationId, :status, :currency, :subtotal,
                    :shippingAmount, :total, :notes, :holdExpiresAt, CAST(:shippingAddress AS jsonb))
            RETURNING number
            """;

    private static final String FIND = "SELECT " + COLUMNS + """
            FROM orders o
            WHERE o.id = :id
            """;

    private static final String LOCK = FIND + "FOR UPDATE\n";

    private static final String SET_STATUS = """
            UPDATE orders
            SET status = :status,
                status_note = :note,
                hold_expires_at = :holdExpiresAt
            WHERE id = :id
            """;

    private static final String UPDATE_DETAILS = """
            UPDATE orders
            SET notes = :notes,
                shipping_address = CAST(:shippingAddress AS jsonb),
                store_id = :storeId,
                shipping_amount = :shippingAmount
            WHERE id = :id
            """;

    private static final String SET_HOLD_EXPIRY = """
            UPDATE orders
            SET hold_expires_at = :holdExpiresAt
            WHERE id = :id
            """;

    // Totals from the lines, paid amount from the captured payments; lines_revision moves the version (ETag)
    // when lines changed even if no total did.
    private static final String RECALCULATE = """
            UPDATE orders o
            SET subtotal = t.subtotal,
                total = t.subtotal + o.shipping_amount,
                paid_amount = p.paid,
                payment_status = CASE
                    WHEN p.paid = 0 AND p.refunded THEN 'refunded'
                    WHEN p.paid = 0 THEN 'unpaid'
                    WHEN p.paid < t.subtotal + o.shipping_amount THEN 'partially_paid'
                    ELSE 'paid'
                END,
                lines_revision = o.lines_revision + CASE WHEN :linesChanged THEN 1 ELSE 0 END
            FROM (SELECT coalesce(sum(line_total), 0) AS subtotal
                  FROM order_items
                  WHERE order_id = :id) t,
                 (SELECT coalesce(sum(amount) FILTER (WHERE status = 'captured'), 0) AS paid,
                         coalesce(bool_or(status = 'refunded'), false) AS refunded
                  FROM payments
                  WHERE order_id = :id) p
            WHERE o.id = :id
            RETURNING o.total, o.paid_amount, o.payment_status
            """;

    private static final String DELETE = """
            DELETE FROM orders
            WHERE id = :id
            """;

    // Several nodes may run the expiry job: each takes the due orders no other transaction holds.
    private static final String LOCK_EXPIRED = """
            SELECT id
            FROM orders
            WHERE status = 'pending'
            AND hold_expires_at < now()
            AND payment_status <> 'paid'
            ORDER BY hold_expires_at
            LIMIT :limit
            FOR UPDATE SKIP LOCKED
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OrderRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the order row and returns its number ({@code SO-10001}). */
    String insert(UUID id, NewOrderRow row) {
        return Amounts.guard(() -> jdbc.sql(INSERT)
                .param("id", id)
                .param("customerId", row.customerId())
                .param("storeId", row.storeId())
                .param("locationId", row.locationId())
                .param("status", row.status().wire())
                .param("currency", row.currency())
                .param("subtotal", row.subtotal())
                .param("shippingAmount", row.shippingAmount())
                .param("total", row.subtotal().add(row.shippingAmount()))
                .param("notes", row.notes())
                .param("holdExpiresAt", Columns.timestamp(row.holdExpiresAt()))
                .param("shippingAddress", toJson(row.shippingAddress()))
                .query(String.class)
                .single());
    }

    Optional<Order> find(UUID id) {
        return jdbc.sql(FIND).param("id", id).query(this::map).optional();
    }

    /** The row, locked for the rest of the transaction: every change of an order starts here. */
    Optional<Order> lock(UUID id) {
        return jdbc.sql(LOCK).param("id", id).query(this::map).optional();
    }

    void setStatus(UUID id, OrderStatus status, @Nullable String note, @Nullable Instant holdExpiresAt) {
        jdbc.sql(SET_STATUS)
                .param("id", id)
                .param("status", status.wire())
                .param("note", note)
                .param("holdExpiresAt", Columns.timestamp(holdExpiresAt))
                .update();
    }

    void setHoldExpiry(UUID id, @Nullable Instant holdExpiresAt) {
        jdbc.sql(SET_HOLD_EXPIRY)
                .param("id", id)
                .param("holdExpiresAt", Columns.timestamp(holdExpiresAt))
                .update();
    }

    void updateDetails(UUID id, OrderChanges changes) {
        jdbc.sql(UPDATE_DETAILS)
                .param("id", id)
                .param("notes", changes.notes())
                .param("shippingAddress", toJson(changes.shippingAddress()))
                .param("storeId", changes.storeId())
                .param("shippingAmount", changes.shippingAmount())
                .update();
    }

    /** Recomputes totals and payment state from the lines and payments. */
    Totals recalculate(UUID id, boolean linesChanged) {
        return Amounts.guard(() -> jdbc.sql(RECALCULATE)
                .param("id", id)
                .param("linesChanged", linesChanged)
                .query((rs, n) -> new Totals(
                        rs.getBigDecimal("total"),
                        rs.getBigDecimal("paid_amount"),
                        PaymentStatus.fromWire(rs.getString("payment_status"))))
                .single());
    }

    void delete(UUID id) {
        jdbc.sql(DELETE).param("id", id).update();
    }

    List<UUID> lockExpired(int limit) {
        return jdbc.sql(LOCK_EXPIRED).param("limit", limit).query(UUID.class).list();
    }

    record Totals(BigDecimal total, BigDecimal paidAmount, PaymentStatus paymentStatus) {}

    record NewOrderRow(
            UUID customerId,
            @Nullable UUID storeId,
            @Nullable UUID locationId,
            OrderStatus status,
            String currency,
            BigDecimal subtotal,
            BigDecimal shippingAmount,
            @Nullable String notes,
            @Nullable Instant holdExpiresAt,
            @Nullable Map<String, Object> shippingAddress) {}

    private @Nullable String toJson(@Nullable Map<String, Object> value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    @SuppressWarnings("unchecked")
    Order map(ResultSet rs, int row) throws SQLException {
        String address = rs.getString("shipping_address");
        return new Order(
                rs.getObject("id", UUID.class),
                rs.getInt("version"),
                rs.getString("number"),
                rs.getObject("customer_id", UUID.class),
                rs.getObject("store_id", UUID.class),
                rs.getObject("location_id", UUID.class),
                OrderStatus.parse(rs.getString("status")),
                rs.getString("currency"),
                rs.getBigDecimal("subtotal"),
                rs.getBigDecimal("shipping_amount"),
                rs.getBigDecimal("total"),
                rs.getBigDecimal("paid_amount"),
                PaymentStatus.fromWire(rs.getString("payment_status")),
                rs.getString("notes"),
                rs.getString("status_note"),
                Columns.instant(rs.getTimestamp("hold_expires_at")),
                address == null ? null : json.readValue(address, LinkedHashMap.class),
                List.of(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
