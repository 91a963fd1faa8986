package dev.shopfloor.catalog.internal;

import dev.shopfloor.catalog.Category;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CategoryRepository {

    private static final String COLUMNS = "id, name, parent_id, version, created_at, updated_at\n";

    private static final String FIND_ALL = "SELECT " + COLUMNS + """
            FROM catalog_categories
            ORDER BY lower(name), id
            """;

    private static final String FIND_BY_ID = "SELECT " + COLUMNS + """
            FROM catalog_categories
            WHERE id = :id
            """;

    private static final String INSERT = """
            INSERT INTO catalog_categories (id, name, parent_id)
            VALUES (:id, :name, :parentId)
            """;

    private static final String UPDATE = """
            UPDATE catalog_categories
            SET name = :name, parent_id = :parentId
            WHERE id = :id
            AND (:expected::int IS NULL OR version = :expected::int)
            """;

    private static final String DELETE = """
            DELETE FROM catalog_categories
            WHERE id = :id
            AND (:expected::int IS NULL OR version = :expected::int)
            """;

    private final JdbcClient jdbc;

    CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Category> findAll() {
        return jdbc.sql(FIND_ALL).query(CategoryRepository::map).list();
    }

    Optional<Category> findById(UUID id) {
        return jdbc.sql(FIND_BY_ID)
                .param("id", id)
                .query(CategoryRepository::map)
                .optional();
    }

    void insert(UUID id, String name, @Nullable UUID parentId) {
        jdbc.sql(INSERT)
                .param("id", id)
                .param("name", name)
                .param("parentId", parentId)
                .update();
    }

    int update(UUID id, String name, @Nullable UUID parentId, @Nullable Integer expected) {
        return jdbc.sql(UPDATE)
                .param("id", id)
                .param("name", name)
                .param("parentId", parentId)
                .param("expected", expected)
                .update();
    }

    int delete(UUID id, @Nullable Integer expected) {
        return jdbc.sql(DELETE).param("id", id).param("expected", expected).update();
    }

    private static Category map(ResultSet rs, int row) throws SQLException {
        return new Category(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getObject("parent_id", UUID.class),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                List.of());
    }
}
