package dev.shopfloor.catalog.internal;

import dev.shopfloor.catalog.Fabric;
import dev.shopfloor.catalog.ReferenceInputs.FabricInput;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FabricRepository {

    private static final String COLUMNS =
            "id, name, composition, weight_gsm, description, version, created_at, updated_at\n";

    private static final String PAGE = "SELECT " + COLUMNS + """
            FROM fabrics
            WHERE (:after::uuid IS NULL OR id < :after::uuid)
            ORDER BY id DESC
            LIMIT :limit
            """;

    private static final String FIND_BY_ID = "SELECT " + COLUMNS + """
            FROM fabrics
            WHERE id = :id
            """;

    private static final String INSERT = """
            INSERT INTO fabrics (id, name, composition, weight_gsm, description)
            VALUES (:id, :name, :composition, :weightGsm, :description)
            """;

    private static final String UPDATE = """
            UPDATE fabrics
            SET name = :name, composition = :composition, weight_gsm = :weightGsm, description = :description
            WHERE id = :id
            AND (:expected::int IS NULL OR version = :expected::int)
            """;

    private static final String DELETE = """
            DELETE FROM fabrics
            WHERE id = :id
            AND (:expected::int IS NULL OR version = :expected::int)
            """;

    private final JdbcClient jdbc;

    FabricRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Fabric> page(@Nullable UUID after, int limit) {
        return jdbc.sql(PAGE)
                .param("after", after)
                .param("limit", limit)
                .query(FabricRepository::map)
                .list();
    }

    Optional<Fabric> findById(UUID id) {
        return jdbc.sql(FIND_BY_ID).param("id", id).query(FabricRepository::map).optional();
    }

    void insert(UUID id, FabricInput in) {
        values(jdbc.sql(INSERT), id, in).update();
    }

    int update(UUID id, FabricInput in, @Nullable Integer expected) {
        return values(jdbc.sql(UPDATE), id, in).param("expected", expected).update();
    }

    private static JdbcClient.StatementSpec values(JdbcClient.StatementSpec sql, UUID id, FabricInput in) {
        return sql.param("id", id)
                .param("name", in.name().trim())
                .param("composition", in.composition())
                .param("weightGsm", in.weightGsm())
                .param("description", in.description());
    }

    int delete(UUID id, @Nullable Integer expected) {
        return jdbc.sql(DELETE).param("id", id).param("expected", expected).update();
    }

    private static Fabric map(ResultSet rs, int row) throws SQLException {
        return new Fabric(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("composition"),
                (Integer) rs.getObject("weight_gsm"),
                rs.getString("description"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
