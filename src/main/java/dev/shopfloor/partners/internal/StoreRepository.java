package dev.shopfloor.partners.internal;

import dev.shopfloor.partners.Store;
import dev.shopfloor.partners.StoreDetails;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class StoreRepository {

    private static final String COLUMNS = """
            id, code, name, currency, timezone, active, version, created_at, updated_at
            """;

    private static final String INSERT = """
            INSERT INTO stores (id, code, name, currency, timezone, active)
            VALUES (:id, :code, :name, coalesce(:currency::text, 'USD'), coalesce(:timezone::text, 'UTC'),
                    coalesce(:active::boolean, true))
            RETURNING
            """ + COLUMNS;

    private static final String FIND = """
            SELECT
            """ + COLUMNS + """
            FROM stores
            WHERE id = :id
            """;

    private static final String LIST = """
            SELECT
            """ + COLUMNS + """
            FROM stores
            WHERE (:after::uuid IS NULL OR id < :after::uuid)
            AND (:active::boolean IS NULL OR active = :active::boolean)
            AND (:q::text IS NULL OR name ILIKE :q::text OR code ILIKE :q::text)
            ORDER BY id DESC
            LIMIT :limit
            """;

    private static final String UPDATE = """
            UPDATE stores
            SET code = :code, name = :name, currency = coalesce(:currency::text, currency),
                timezone = coalesce(:timezone::text, timezone), active = coalesce(:active::boolean, active)
            WHERE id = :id
            AND (:expected::int IS NULL OR version = :expected::int)
            RETURNING
            """ + COLUMNS;

    private static final String DELETE = """
            DELETE FROM stores
            WHERE id = :id
            AND (:expected::int IS NULL OR version = :expected::int)
            """;

    private static final String EXISTING = """
            SELECT id
            FROM stores
            WHERE id = ANY(:ids)
            """;

    private final JdbcClient jdbc;

    StoreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Store insert(UUID id, StoreDetails details) {
        return bind(jdbc.sql(INSERT).param("id", id), details)
                .query(StoreRepository::map)
                .single();
    }

    public Optional<Store> find(UUID id) {
        return jdbc.sql(FIND).param("id", id).query(StoreRepository::map).optional();
    }

    public List<Store> list(@Nullable String q, @Nullable Boolean active, @Nullable UUID after, int fetch) {
        return jdbc.sql(LIST)
                .param("after", after)
                .param("active", active)
                .param("q", Search.contains(q))
                .param("limit", fetch)
                .query(StoreRepository::map)
                .list();
    }

    /** The updated store, or empty when it does not exist or its version is not {@code expected}. */
    public Optional<Store> update(UUID id, StoreDetails details, @Nullable Integer expected) {
        return bind(jdbc.sql(UPDATE).param("id", id).param("expected", expected), details)
                .query(StoreRepository::map)
                .optional();
    }

    public boolean delete(UUID id, @Nullable Integer expected) {
        return jdbc.sql(DELETE).param("id", id).param("expected", expected).update() == 1;
    }

    public List<UUID> existing(Collection<UUID> ids) {
        return jdbc.sql(EXISTING)
                .param("ids", ids.toArray(UUID[]::new))
                .query(UUID.class)
                .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, StoreDetails d) {
        return spec.param("code", d.code())
                .param("name", d.name())
                .param("currency", d.currency())
                .param("timezone", d.timezone())
                .param("active", d.active());
    }

    static Store map(ResultSet rs, int row) throws SQLException {
        return new Store(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("currency"),
                rs.getString("timezone"),
                rs.getBoolean("active"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
