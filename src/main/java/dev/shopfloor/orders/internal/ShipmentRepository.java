package dev.shopfloor.orders.internal;

import dev.shopfloor.orders.Shipment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code shipments} rows; their lines are a jsonb array {@code [{orderItemId, quantity}]}. */
@Repository
class ShipmentRepository {

    private static final TypeReference<List<Shipment.Line>> LINES = new TypeReference<>() {};

    private static final String COLUMNS = """
            id, version, order_id, carrier, tracking_number, lines::text AS lines, created_at, updated_at
            """;

    private static final String INSERT = """
            INSERT INTO shipments (id, order_id, carrier, tracking_number, lines)
            VALUES (:id, :orderId, :carrier, :trackingNumber, CAST(:lines AS jsonb))
            """;

    private static final String OF_ORDER = "SELECT " + COLUMNS + """
            FROM shipments
            WHERE order_id = :orderId
            ORDER BY id DESC
            """;

    private static final String FIND = "SELECT " + COLUMNS + """
            FROM shipments
            WHERE id = :id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ShipmentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID id, UUID orderId, String carrier, @Nullable String trackingNumber, List<Shipment.Line> lines) {
        jdbc.sql(INSERT)
                .param("id", id)
                .param("orderId", orderId)
                .param("carrier", carrier)
                .param("trackingNumber", trackingNumber)
                .param("lines", json.writeValueAsString(lines))
                .update();
    }

    List<Shipment> ofOrder(UUID orderId) {
        return jdbc.sql(OF_ORDER).param("orderId", orderId).query(this::map).list();
    }

    Shipment get(UUID id) {
        return jdbc.sql(FIND).param("id", id).query(this::map).single();
    }

    private Shipment map(ResultSet rs, int row) throws SQLException {
        return new Shipment(
                rs.getObject("id", UUID.class),
                rs.getInt("version"),
                rs.getObject("order_id", UUID.class),
                rs.getString("carrier"),
                rs.getString("tracking_number"),
                json.readValue(rs.getString("lines"), LINES),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
