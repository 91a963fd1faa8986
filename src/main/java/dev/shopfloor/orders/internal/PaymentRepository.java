package dev.shopfloor.orders.internal;

import dev.shopfloor.orders.NewPayment;
import dev.shopfloor.orders.Payment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code payments} rows. */
@Repository
class PaymentRepository {

    private static final String COLUMNS = """
            id, version, order_id, amount, currency, method, status, reference, refunded_at, created_at, updated_at
            """;

    private static final String INSERT = """
            INSERT INTO payments (id, order_id, amount, currency, method, status, reference)
            VALUES (:id, :orderId, :amount, :currency, :method, :status, :reference)
            """;

    private static final String OF_ORDER = "SELECT " + COLUMNS + """
            FROM payments
            WHERE order_id = :orderId
            ORDER BY id DESC
            """;

    private static final String FIND = "SELECT " + COLUMNS + """
            FROM payments
            WHERE id = :id
            AND order_id = :orderId
            """;

    private static final String REFUND = """
            UPDATE payments
            SET status = 'refunded',
                refunded_at = now()
            WHERE id = :id
            """;

    private final JdbcClient jdbc;

    PaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID orderId, NewPayment payment) {
        jdbc.sql(INSERT)
                .param("id", id)
                .param("orderId", orderId)
                .param("amount", payment.amount())
                .param("currency", payment.currency())
                .param("method", payment.method())
                .param("status", payment.status())
                .param("reference", payment.reference())
                .update();
    }

    List<Payment> ofOrder(UUID orderId) {
        return jdbc.sql(OF_ORDER)
                .param("orderId", orderId)
                .query(PaymentRepository::map)
                .list();
    }

    Optional<Payment> find(UUID orderId, UUID id) {
        return jdbc.sql(FIND)
                .param("id", id)
                .param("orderId", orderId)
                .query(PaymentRepository::map)
                .optional();
    }

    void refund(UUID id) {
        jdbc.sql(REFUND).param("id", id).update();
    }

    static Payment map(ResultSet rs, int row) throws SQLException {
        return new Payment(
                rs.getObject("id", UUID.class),
                rs.getInt("version"),
                rs.getObject("order_id", UUID.class),
                rs.getBigDecimal("amount"),
                rs.getString("currency"),
                rs.getString("method"),
                rs.getString("status"),
                rs.getString("reference"),
                Columns.instant(rs.getTimestamp("refunded_at")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
