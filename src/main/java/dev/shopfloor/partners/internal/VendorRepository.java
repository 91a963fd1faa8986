package dev.shopfloor.partners.internal;

import dev.shopfloor.partners.Vendor;
import dev.shopfloor.partners.VendorDetails;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class VendorRepository {

    private static final String COLUMNS = """
            id, name, email, phone, website, notes, active, version, created_at, updated_at
            """;

    private static final String INSERT = """
            INSERT INTO vendors (id, name, email, phone, website, notes, active)
            VALUES (:id, :name, :email, :phone, :website, :notes, coalesce(:active::boolean, true))
            RETURNING
            """ + COLUMNS;

    private static final String FIND = """
            SELECT
            """ + COLUMNS + """
            FROM vendors
            WHERE id = :id
            """;

    private static final String LIST = """
            SELECT
            """ + COLUMNS + """
            FROM vendors
            WHERE (:after::uuid IS NULL OR id < :after::uuid)
            AND (:active::boolean IS NULL OR active = :active::boolean)
            AND (:q::text IS NULL OR name ILIKE :q::text)
            ORDER BY id DESC
            LIMIT :limit
            """;

    private static final String UPDATE = """
            UPDATE vendors
            SET name = :name, email = :email, phone = :phone, website = :website, notes = :notes,
                active = coalesce(:active::boolean, active)
            WHERE id = :id
            AND (:expected::int IS NULL OR version = :expected::int)
            RETURNING
            """ + COLUMNS;

    private static final String DELETE = """
            DELETE FROM vendors
            WHERE id = :id
            AND (:expected::int IS NULL OR version = :expected::int)
            """;

    private static final String EXISTS = """
            SELECT EXISTS (SELECT 1 FROM vendors WHERE id = :id)
            """;

    private final JdbcClient jdbc;

    VendorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Vendor insert(UUID id, VendorDetails details) {
        return bind(jdbc.sql(INSERT).param("id", id), details)
                .query(VendorRepository::map)
                .single();
    }

    public Optional<Vendor> find(UUID id) {
        return jdbc.sql(FIND).param("id", id).query(VendorRepository::map).optional();
    }

    public List<Vendor> list(@Nullable String q, @Nullable Boolean active, @Nullable UUID after, int fetch) {
        return jdbc.sql(LIST)
                .param("after", after)
                .param("active", active)
                .param("q", Search.contains(q))
                .param("limit", fetch)
                .query(VendorRepository::map)
                .list();
    }

    /** The updated vendor, or empty when it does not exist or its version is not {@code expected}. */
    public Optional<Vendor> update(UUID id, VendorDetails details, @Nullable Integer expected) {
        return bind(jdbc.sql(UPDATE).param("id", id).param("expected", expected), details)
                .query(VendorRepository::map)
                .optional();
    }

    public boolean delete(UUID id, @Nullable Integer expected) {
        return jdbc.sql(DELETE).param("id", id).param("expected", expected).update() == 1;
    }

    public boolean exists(UUID id) {
        return jdbc.sql(EXISTS).param("id", id).query(Boolean.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, VendorDetails d) {
        return spec.param("name", d.name())
                .param("email", d.email())
                .param("phone", d.phone())
                .param("website", d.website())
                .param("notes", d.notes())
                .param("active", d.active());
    }

    static Vendor map(ResultSet rs, int row) throws SQLException {
        return new Vendor(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("website"),
                rs.getString("notes"),
                rs.getBoolean("active"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
