package dev.shopfloor.inventory.internal;

import dev.shopfloor.inventory.Location;
import dev.shopfloor.inventory.LocationInput;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code locations} rows. */
@Repository
class LocationRepository {

    private static final String COLUMNS = """
            id, code, name, kind, store_id, address, active, version, created_at, updated_at
            """;

    private static final String INSERT = """
            INSERT INTO locations (id, code, name, kind, store_id, address, active)
            VALUES (:id, :code, :name, :kind, :storeId, :address, :active)
            """;

    private static final String FIND = "SELECT " + COLUMNS + """
            FROM locations
            WHERE id = :id
            """;

    private static final String EXISTS = """
            SELECT EXISTS (SELECT 1 FROM locations WHERE id = :id)
            """;

    private static final String ACTIVE_AMONG = """
            SELECT id
            FROM locations
            WHERE id = ANY(:ids::uuid[])
              AND active
            """;

    private static final String UPDATE = """
            UPDATE locations
            SET code = :code, name = :name, kind = :kind, store_id = :storeId, address = :address, active = :active
            WHERE id = :id
              AND (:expected::int IS NULL OR version = :expected::int)
            """;

    private static final String DELETE = """
            DELETE FROM locations
            WHERE id = :id
              AND (:expected::int IS NULL OR version = :expected::int)
            """;

    private static final String LIST = "SELECT " + COLUMNS + """
            FROM locations
            WHERE (:storeId::uuid IS NULL OR store_id = :storeId::uuid)
              AND (:active::boolean IS NULL OR active = :active::boolean)
              AND (:after::uuid IS NULL OR id < :after::uuid)
            ORDER BY id DESC
            LIMIT :limit
            """;

    private final JdbcClient jdbc;

    LocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, LocationInput in) {
        fields(jdbc.sql(INSERT), in).param("id", id).update();
    }

    Optional<Location> find(UUID id) {
        return jdbc.sql(FIND).param("id", id).query(LocationRepository::map).optional();
    }

    boolean exists(UUID id) {
        return jdbc.sql(EXISTS).param("id", id).query(Boolean.class).single();
    }

    /** Which of these ids are existing, active locations. */
    Set<UUID> activeAmong(Collection<UUID> ids) {
        return jdbc
                .sql(ACTIVE_AMONG)
                .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
                .query(UUID.class)
                .stream()
                .collect(Collectors.toSet());
    }

    /** False when the row does not exist or its version is not {@code expected}. */
    boolean update(UUID id, LocationInput in, @Nullable Integer expected) {
        return fields(jdbc.sql(UPDATE), in)
                        .param("id", id)
                        .param("expected", expected)
                        .update()
                == 1;
    }

    /** False when the row does not exist or its version is not {@code expected}; a referring row fails it. */
    boolean delete(UUID id, @Nullable Integer expected) {
        return jdbc.sql(DELETE).param("id", id).param("expected", expected).update() == 1;
    }

    List<Location> list(@Nullable UUID storeId, @Nullable Boolean active, @Nullable UUID after, int limit) {
        return jdbc.sql(LIST)
                .param("storeId", storeId == null ? null : storeId.toString())
                .param("active", active)
                .param("after", after == null ? null : after.toString())
                .param("limit", limit)
                .query(LocationRepository::map)
                .list();
    }

    private static JdbcClient.StatementSpec fields(JdbcClient.StatementSpec sql, LocationInput in) {
        return sql.param("code", in.code())
                .param("name", in.name())
                .param("kind", in.kind())
                .param("storeId", in.storeId())
                .param("address", in.address())
                .param("active", in.active());
    }

    static Location map(ResultSet rs, int row) throws SQLException {
        return new Location(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("kind"),
                rs.getObject("store_id", UUID.class),
                rs.getString("address"),
                rs.getBoolean("active"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
