package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.manufacturing.Stage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The production_stages rows: a handful, read whole for every request that applies stage rules. */
@Repository
public class StageRepository {

    private static final String COLUMNS = """
            s.id, s.version, s.code, s.name, s.position, s.kind, s.created_at, s.updated_at
            """;

    private static final String ALL = "SELECT " + COLUMNS + """
            FROM production_stages s
            ORDER BY s.position
            """;

    private static final String FIND = "SELECT " + COLUMNS + """
            FROM production_stages s
            WHERE s.id = :id
            """;

    private static final String LOCK_ALL = """
            LOCK TABLE production_stages IN SHARE ROW EXCLUSIVE MODE
            """;

    private static final String INSERT = """
            INSERT INTO production_stages (id, code, name, position, kind)
            VALUES (:id, :code, :name, :position, :kind)
            """;

    private static final String UPDATE = """
            UPDATE production_stages
            SET name = :name,
                position = :position,
                kind = :kind
            WHERE id = :id
              AND (CAST(:expected AS integer) IS NULL OR version = :expected)
            """;

    private static final String DELETE = """
            DELETE FROM production_stages
            WHERE id = :id
              AND (CAST(:expected AS integer) IS NULL OR version = :expected)
            """;

    private static final String IN_USE = """
            SELECT EXISTS (SELECT 1 FROM production_tasks WHERE stage = :code)
                OR EXISTS (SELECT 1 FROM production_task_materials WHERE stage = :code)
                OR EXISTS (SELECT 1 FROM production_bom_lines WHERE stage = :code)
                OR EXISTS (SELECT 1 FROM production_transitions WHERE from_stage = :code OR to_stage = :code)
                OR EXISTS (SELECT 1 FROM production_qc_checks WHERE stage = :code OR rework_stage = :code)
            """;

    private final JdbcClient jdbc;

    StageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public StageList all() {
        return new StageList(jdbc.sql(ALL).query(StageRepository::map).list());
    }

    public Optional<Stage> find(UUID id) {
        return jdbc.sql(FIND).param("id", id).query(StageRepository::map).optional();
    }

    /** Serialises stage definition changes, so the one-queue/one-done and position checks see a stable list. */
    public void lockAll() {
        jdbc.sql(LOCK_ALL).update();
    }

    public void insert(UUID id, String code, String name, int position, String kind) {
        jdbc.sql(INSERT)
                .param("id", id)
                .param("code", code)
                .param("name", name)
                .param("position", position)
                .param("kind", kind)
                .update();
    }

    public boolean update(UUID id, String name, int position, String kind, @Nullable Integer expected) {
        return jdbc.sql(UPDATE)
                        .param("id", id)
                        .param("name", name)
                        .param("position", position)
                        .param("kind", kind)
                        .param("expected", expected)
                        .update()
                == 1;
    }

    public boolean delete(UUID id, @Nullable Integer expected) {
        return jdbc.sql(DELETE).param("id", id).param("expected", expected).update() == 1;
    }

    /** Whether any task, material, BOM line, transition or QC check refers to the stage. */
    public boolean inUse(String code) {
        return jdbc.sql(IN_USE).param("code", code).query(Boolean.class).single();
    }

    static Stage map(ResultSet rs, int row) throws SQLException {
        return new Stage(
                rs.getObject("id", UUID.class),
                rs.getInt("version"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getInt("position"),
                rs.getString("kind"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
