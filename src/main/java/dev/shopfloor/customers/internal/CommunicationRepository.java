package dev.shopfloor.customers.internal;

import dev.shopfloor.customers.Communication;
import dev.shopfloor.customers.NewCommunication;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only {@code customer_communications} log. */
@Repository
public class CommunicationRepository {

    private static final String COLUMNS = """
            SELECT id, customer_id, kind, direction, subject, body, occurred_at, author_id, created_at
            FROM customer_communications
            """;

    private static final String INSERT = """
            INSERT INTO customer_communications (id, customer_id, kind, direction, subject, body, occurred_at, author_id)
            VALUES (:id, :customerId, :kind, :direction, :subject, :body, coalesce(CAST(:occurredAt AS timestamptz), now()), :authorId)
            RETURNING id, customer_id, kind, direction, subject, body, occurred_at, author_id, created_at
            """;

    // Newest first by when it happened; the cursor is the last id, its position looked up by the keyset.
    private static final String PAGE = COLUMNS + """
            WHERE customer_id = :customerId
            AND (CAST(:after AS uuid) IS NULL
                 OR (occurred_at, id) < (SELECT occurred_at, id FROM customer_communications WHERE id = :after))
            ORDER BY occurred_at DESC, id DESC
            LIMIT :limit
            """;

    private static final String FIND = COLUMNS + """
            WHERE id = :id
            AND customer_id = :customerId
            """;

    private final JdbcClient jdbc;

    CommunicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Communication insert(UUID id, UUID customerId, NewCommunication c, @Nullable UUID authorId) {
        return jdbc.sql(INSERT)
                .param("id", id)
                .param("customerId", customerId)
                .param("kind", c.kind())
                .param("direction", c.direction())
                .param("subject", c.subject())
                .param("body", c.body())
                .param(
                        "occurredAt",
                        c.occurredAt() == null ? null : OffsetDateTime.ofInstant(c.occurredAt(), ZoneOffset.UTC))
                .param("authorId", authorId)
                .query(CommunicationRepository::map)
                .single();
    }

    public Optional<Communication> find(UUID customerId, UUID id) {
        return jdbc.sql(FIND)
                .param("id", id)
                .param("customerId", customerId)
                .query(CommunicationRepository::map)
                .optional();
    }

    public List<Communication> page(UUID customerId, @Nullable UUID after, int limit) {
        return jdbc.sql(PAGE)
                .param("customerId", customerId)
                .param("after", after)
                .param("limit", limit)
                .query(CommunicationRepository::map)
                .list();
    }

    private static Communication map(ResultSet rs, int row) throws SQLException {
        return new Communication(
                rs.getObject("id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getString("kind"),
                rs.getString("direction"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("author_id", UUID.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
