package dev.shopfloor.partners.internal;

import dev.shopfloor.platform.context.Role;
import dev.shopfloor.platform.database.ArrayColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    private static final String COLUMNS = """
            id, email, password_hash, name, role, vendor_id, store_ids, active, version, created_at, updated_at
            """;

    private static final String FIND_BY_EMAIL = """
            SELECT
            """ + COLUMNS + """
            FROM users
            WHERE lower(email) = lower(:email)
            """;

    private static final String INSERT = """
            INSERT INTO users (id, email, password_hash, name, role, vendor_id, store_ids)
            VALUES (:id, :email, :hash, :name, :role, :vendorId, :storeIds)
            """;

    private static final String FIND_BY_ID = """
            SELECT
            """ + COLUMNS + """
            FROM users
            WHERE id = :id
            """;

    private static final String LIST = """
            SELECT
            """ + COLUMNS + """
            FROM users
            WHERE (:after::uuid IS NULL OR id < :after::uuid)
            AND (:role::text IS NULL OR role = :role::text)
            AND (:active::boolean IS NULL OR active = :active::boolean)
            AND (:q::text IS NULL OR email ILIKE :q::text OR name ILIKE :q::text)
            ORDER BY id DESC
            LIMIT :limit
            """;

    private static final String UPDATE = """
            UPDATE users
            SET role = :role,
                vendor_id = :vendorId,
                store_ids = coalesce(:storeIds::uuid[], store_ids),
                name = coalesce(:name::text, name),
                active = coalesce(:active::boolean, active),
                password_hash = coalesce(:hash::text, password_hash)
            WHERE id = :id
            AND (:expected::int IS NULL OR version = :expected::int)
            RETURNING
            """ + COLUMNS;

    private static final String DEACTIVATE = """
            UPDATE users
            SET active = false
            WHERE id = :id
            AND (:expected::int IS NULL OR version = :expected::int)
            """;

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredUser> findByEmail(String email) {
        return jdbc.sql(FIND_BY_EMAIL)
                .param("email", email)
                .query(UserRepository::map)
                .optional();
    }

    public void insert(
            UUID id,
            String email,
            String hash,
            @Nullable String name,
            Role role,
            @Nullable UUID vendorId,
            List<UUID> storeIds) {
        jdbc.sql(INSERT)
                .param("id", id)
                .param("email", email)
                .param("hash", hash)
                .param("name", name)
                .param("role", role.name())
                .param("vendorId", vendorId)
                .param("storeIds", storeIds.toArray(UUID[]::new))
                .update();
    }

    public Optional<StoredUser> findById(UUID id) {
        return jdbc.sql(FIND_BY_ID).param("id", id).query(UserRepository::map).optional();
    }

    public List<StoredUser> list(
            @Nullable String q, @Nullable Role role, @Nullable Boolean active, @Nullable UUID after, int fetch) {
        return jdbc.sql(LIST)
                .param("after", after)
                .param("role", role == null ? null : role.name())
                .param("active", active)
                .param("q", Search.contains(q))
                .param("limit", fetch)
                .query(UserRepository::map)
                .list();
    }

    /** The updated account, or empty when it does not exist or its version is not {@code expected}. */
    public Optional<StoredUser> update(
            UUID id,
            Role role,
            @Nullable UUID vendorId,
            @Nullable List<UUID> storeIds,
            @Nullable String name,
            @Nullable Boolean active,
            @Nullable String hash,
            @Nullable Integer expected) {
        return jdbc.sql(UPDATE)
                .param("id", id)
                .param("role", role.name())
                .param("vendorId", vendorId)
                .param("storeIds", storeIds == null ? null : storeIds.toArray(UUID[]::new))
                .param("name", name)
                .param("active", active)
                .param("hash", hash)
                .param("expected", expected)
                .query(UserRepository::map)
                .optional();
    }

    public boolean deactivate(UUID id, @Nullable Integer expected) {
        return jdbc.sql(DEACTIVATE).param("id", id).param("expected", expected).update() == 1;
    }

    static StoredUser map(ResultSet rs, int row) throws SQLException {
        return new StoredUser(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("password_hash"),
                rs.getString("name"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("vendor_id", UUID.class),
                ArrayColumns.uuids(rs.getArray("store_ids")),
                rs.getBoolean("active"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    public record StoredUser(
            UUID id,
            String email,
            String passwordHash,
            @Nullable String name,
            Role role,
            @Nullable UUID vendorId,
            List<UUID> storeIds,
            boolean active,
            int version,
            java.time.Instant createdAt,
            java.time.Instant updatedAt) {}
}
