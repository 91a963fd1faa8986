package dev.shopfloor.changefeed.internal;

import dev.shopfloor.changefeed.ChangeEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The change log as readers see it: stamped rows in seq order, the head, and the stamper and pruner calls. */
@Repository
public class ChangeLog {

    private static final String STAMP = """
            SELECT shopfloor_stamp_changes(:batch)
            """;

    private static final String PRUNE = """
            SELECT shopfloor_prune_changes(:cutoff, :batch)
            """;

    private static final String HEAD = """
            SELECT head, pruned_through
            FROM change_log_head
            """;

    private static final String TOPICS = """
            SELECT topic
            FROM synced_topics
            """;

    private static final String READ_ALL = """
            SELECT seq, topic, op, entity_id, version, coalesce(new_row, old_row) AS data, changed,
                   actor_id, store_id, vendor_id, at
            FROM change_log
            WHERE seq > :since
            ORDER BY seq
            LIMIT :limit
            """;

    private static final String READ_VISIBLE = """
            SELECT seq, topic, op, entity_id, version, coalesce(new_row, old_row) AS data, changed,
                   actor_id, store_id, vendor_id, at
            FROM change_log
            WHERE seq > :since
              AND seq <= :upTo
              AND topic = ANY(string_to_array(:topics, ','))
              AND (:vendorId::uuid IS NULL OR vendor_id = :vendorId::uuid)
            ORDER BY seq
            LIMIT :limit
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ChangeLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Numbers up to {@code batch} committed, unnumbered rows; returns how many. */
    @Transactional
    public int stamp(int batch) {
        return jdbc.sql(STAMP).param("batch", batch).query(Integer.class).single();
    }

    @Transactional
    public int prune(Instant cutoff, int batch) {
        return jdbc.sql(PRUNE)
                .param("cutoff", Timestamp.from(cutoff))
                .param("batch", batch)
                .query(Integer.class)
                .single();
    }

    @Transactional(readOnly = true)
    public Head head() {
        return jdbc.sql(HEAD)
                .query((rs, n) -> new Head(rs.getLong("head"), rs.getLong("pruned_through")))
                .single();
    }

    @Transactional(readOnly = true)
    public Set<String> topics() {
        return new TreeSet<>(jdbc.sql(TOPICS).query(String.class).list());
    }

    @Transactional(readOnly = true)
    public List<ChangeEvent> readAll(long since, int limit) {
        return jdbc.sql(READ_ALL)
                .param("since", since)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    /** Events after {@code since} up to {@code upTo} that this visibility allows, in seq order. */
    @Transactional(readOnly = true)
    public List<ChangeEvent> read(long since, long upTo, Visibility visibility, int limit) {
        if (visibility.topics().isEmpty()) {
            return List.of();
        }
        return jdbc.sql(READ_VISIBLE)
                .param("since", since)
                .param("upTo", upTo)
                .param("topics", String.join(",", visibility.topics()))
                .param(
                        "vendorId",
                        visibility.vendorId() == null
                                ? null
                                : visibility.vendorId().toString())
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    private ChangeEvent map(ResultSet rs, int row) throws SQLException {
        String[] changed = rs.getArray("changed") == null
                ? new String[0]
                : (String[]) rs.getArray("changed").getArray();
        return new ChangeEvent(
                rs.getLong("seq"),
                rs.getString("topic"),
                rs.getString("op"),
                rs.getObject("entity_id", UUID.class),
                (Integer) rs.getObject("version"),
                camelCaseKeys(rs.getString("data")),
                Arrays.stream(changed).map(ChangeLog::camelCase).toList(),
                rs.getString("actor_id"),
                rs.getObject("store_id", UUID.class),
                rs.getTimestamp("at").toInstant(),
                rs.getObject("vendor_id", UUID.class));
    }

    private JsonNode camelCaseKeys(@Nullable String row) {
        ObjectNode out = json.createObjectNode();
        if (row != null) {
            json.readTree(row).properties().forEach(e -> out.set(camelCase(e.getKey()), e.getValue()));
        }
        return out;
    }

    static String camelCase(String snake) {
        StringBuilder out = new StringBuilder(snake.length());
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    public record Head(long head, long prunedThrough) {}
}
