package dev.shopfloor.partners.internal;

import dev.shopfloor.platform.context.Role;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    private static final String FIND_BY_EMAIL = """
            SELECT id, email, password_hash, name, role, vendor_id, store_ids, active, version, created_at, updated_at
            FROM users
            WHERE lower(email) = lower(:email)
            """;

    private static final String INSERT = """
            INSERT INTO users (id, email, password_hash, name, role, vendor_id, store_ids)
            VALUES (:id, :email, :hash, :name, :role, :vendorId, :storeIds)
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

    static StoredUser map(ResultSet rs, int row) throws SQLException {
        return new StoredUser(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("password_hash"),
                rs.getString("name"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("vendor_id", UUID.class),
                uuids(rs.getArray("store_ids")),
                rs.getBoolean("active"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    static List<UUID> uuids(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
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
