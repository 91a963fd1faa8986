package dev.shopfloor.catalog.internal;

import dev.shopfloor.catalog.Sport;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SportRepository {

    private static final String COLUMNS = "id, name, description, version, created_at, updated_at\n";

    private static final String PAGE = "SELECT " + COLUMNS + """
            FROM catalog_sports
            WHERE (:after::uuid IS NULL OR id < :after::uuid)
            ORDER BY id DESC
            LIMIT :limit
            """;

    private static final String FIND_BY_ID = "SELECT " + COLUMNS + """
            FROM catalog_sports
            WHERE id = :id
            """;

    private static final String INSERT = """
            INSERT INTO catalog_sports (id, name, description)
            VALUES (:id, :name, :description)
            """;

    private static final String UPDATE = """
            UPDATE catalog_sports
            SET name = :name, description = :description
            WHERE id = :id
            AND (:expected::int IS NULL OR version = :expected::int)
            """;

    private static final String DELETE = """
            DELETE FROM catalog_sports
            WHERE id = :id
            AND (:expected::int IS NULL OR version = :expected::int)
            """;

    private final JdbcClient jdbc;

    SportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Sport> page(@Nullable UUID after, int limit) {
        return jdbc.sql(PAGE)
                .param("after", after)
                .param("limit", limit)
                .query(SportRepository::map)
                .list();
    }

    Optional<Sport> findById(UUID id) {
        return jdbc.sql(FIND_BY_ID).param("id", id).query(SportRepository::map).optional();
    }

    void insert(UUID id, String name, @Nullable String description) {
        jdbc.sql(INSERT)
                .param("id", id)
                .param("name", name)
                .param("description", description)
                .update();
    }

    int update(UUID id, String name, @Nullable String description, @Nullable Integer expected) {
        return jdbc.sql(UPDATE)
                .param("id", id)
                .param("name", name)
                .param("description", description)
                .param("expected", expected)
                .update();
    }

    int delete(UUID id, @Nullable Integer expected) {
        return jdbc.sql(DELETE).param("id", id).param("expected", expected).update();
    }

    private static Sport map(ResultSet rs, int row) throws SQLException {
        return new Sport(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("description"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
