package dev.shopfloor.changefeed.audit;

import static dev.shopfloor.platform.database.FilterClauses.add;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the change log for audit and history, newest first by log id. Only the filters a caller gave become
 * clauses, so each query can use the index of its filter (V7) instead of a plan that must fit every combination.
 */
@Repository
class ChangeLogQueries {

    private static final String SELECT = """
            SELECT id, seq, topic, op, entity_id, version, changed, old_row::text AS old_row, new_row::text AS new_row,
                   actor_id, store_id, vendor_id, request_id, at
            FROM change_log
            WHERE true
            """;
    private static final String AFTER = "\nAND id < :after";
    private static final String TOPIC = "\nAND topic = :topic";
    private static final String ENTITY = "\nAND entity_id = :entityId";
    private static final String ACTOR = "\nAND actor_id = :actorId";
    private static final String FROM = "\nAND at >= :from";
    private static final String TO = "\nAND at < :to";
    private static final String VENDOR = "\nAND vendor_id = :vendorId";
    private static final String NEWEST_FIRST = """

            ORDER BY id DESC
            LIMIT :limit
            """;

    private final JdbcClient jdbc;
    private final RowValues rows;

    ChangeLogQueries(JdbcClient jdbc, RowValues rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /**
     * Up to {@code limit} changes of an entity and of its child rows (rows whose {@code parentColumn} holds its
     * id), newest first, in one query. Topic and column names come from {@link HistorySource} constants.
     */
    List<LoggedChange> family(HistorySource source, UUID entityId, @Nullable Long after, int limit) {
        String children = source.childTopics().stream()
                .map(t -> "'" + t + "'")
                .collect(java.util.stream.Collectors.joining(", "));
        StringBuilder sql = new StringBuilder(SELECT);
        sql.append("\nAND ((topic = :topic AND entity_id = :entityId)")
                .append("\n     OR (topic IN (")
                .append(children)
                .append(")\n         AND (coalesce(new_row, old_row) ->> '")
                .append(source.parentColumn())
                .append("')::uuid = :entityId))");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("topic", source.topic());
        params.put("entityId", entityId);
        add(sql, params, AFTER, "after", after);
        sql.append(NEWEST_FIRST);
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    /** Up to {@code limit} changes matching every non-null criterion, newest first. */
    List<LoggedChange> find(Criteria criteria, @Nullable Long after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new LinkedHashMap<>();
        add(sql, params, AFTER, "after", after);
        add(sql, params, TOPIC, "topic", criteria.topic());
        add(sql, params, ENTITY, "entityId", criteria.entityId());
        add(sql, params, ACTOR, "actorId", criteria.actorId());
        add(sql, params, FROM, "from", criteria.from() == null ? null : Timestamp.from(criteria.from()));
        add(sql, params, TO, "to", criteria.to() == null ? null : Timestamp.from(criteria.to()));
        add(sql, params, VENDOR, "vendorId", criteria.vendorId());
        sql.append(NEWEST_FIRST);
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    private LoggedChange map(ResultSet rs, int rowNum) throws SQLException {
        return new LoggedChange(
                rs.getLong("id"),
                rs.getObject("seq", Long.class),
                rs.getString("topic"),
                rs.getString("op"),
                rs.getObject("entity_id", UUID.class),
                rs.getObject("version", Integer.class),
                changed(rs.getArray("changed")),
                rows.parse(rs.getString("old_row")),
                rows.parse(rs.getString("new_row")),
                rs.getString("actor_id"),
                rs.getObject("store_id", UUID.class),
                rs.getObject("vendor_id", UUID.class),
                rs.getString("request_id"),
                rs.getTimestamp("at").toInstant());
    }

    private static List<String> changed(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        Arrays.stream((String[]) array.getArray()).map(RowValues::camelCase).forEach(columns::add);
        return List.copyOf(columns);
    }

    /** What to look for; null means "any". */
    record Criteria(
            @Nullable String topic,
            @Nullable UUID entityId,
            @Nullable String actorId,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable UUID vendorId) {

        static Criteria entity(String topic, UUID entityId, @Nullable UUID vendorId) {
            return new Criteria(topic, entityId, null, null, null, vendorId);
        }
    }
}
