package dev.shopfloor.customers.internal;

import dev.shopfloor.customers.Customer;
import dev.shopfloor.customers.NewCustomer;
import dev.shopfloor.platform.database.ArrayColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code customers} rows, without their addresses. */
@Repository
public class CustomerRepository {

    static final String COLUMNS = """
            c.id, c.version, c.name, c.email, c.phone, c.company, c.tags, c.notes,
            c.archived_at, c.created_at, c.updated_at
            """;

    private static final String INSERT = """
            INSERT INTO customers (id, name, email, phone, company, tags, notes)
            VALUES (:id, :name, :email, :phone, :company, CAST(:tags AS text[]), :notes)
            """;

    private static final String FIND = "SELECT " + COLUMNS + """
            FROM customers c
            WHERE c.id = :id
            """;

    private static final String EXISTS = """
            SELECT EXISTS (SELECT 1 FROM customers WHERE id = :id)
            """;

    private static final String LOCK_VERSION = """
            SELECT version
            FROM customers
            WHERE id = :id
            FOR UPDATE
            """;

    private static final String UPDATE = """
            UPDATE customers
            SET name = :name, email = :email, phone = :phone, company = :company,
                tags = CAST(:tags AS text[]), notes = :notes,
                archived_at = CASE
                    WHEN CAST(:archived AS boolean) IS NULL THEN archived_at
                    WHEN CAST(:archived AS boolean) THEN coalesce(archived_at, now())
                END,
                addresses_changed_at = CASE WHEN :addressesChanged THEN now() ELSE addresses_changed_at END
            WHERE id = :id
            """;

    private static final String DELETE = """
            DELETE FROM customers
            WHERE id = :id
            """;

    private static final String ARCHIVE = """
            UPDATE customers
            SET archived_at = coalesce(archived_at, now())
            WHERE id = :id
            """;

    private final JdbcClient jdbc;

    CustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, NewCustomer customer) {
        fields(jdbc.sql(INSERT), customer).param("id", id).update();
    }

    public Optional<Customer> find(UUID id) {
        return jdbc.sql(FIND).param("id", id).query(CustomerRepository::map).optional();
    }

    public boolean exists(UUID id) {
        return jdbc.sql(EXISTS).param("id", id).query(Boolean.class).single();
    }

    /** Locks the row for the rest of the transaction and returns its current version, if the row exists. */
    public Optional<Integer> lockVersion(UUID id) {
        return jdbc.sql(LOCK_VERSION).param("id", id).query(Integer.class).optional();
    }

    /**
     * Replaces the editable fields of a row locked with {@link #lockVersion}.
     *
     * @param archived true archives, false restores, null leaves the archive state as it is
     */
    public void update(UUID id, NewCustomer customer, @Nullable Boolean archived, boolean addressesChanged) {
        fields(jdbc.sql(UPDATE), customer)
                .param("id", id)
                .param("archived", archived)
                .param("addressesChanged", addressesChanged)
                .update();
    }

    /** Deletes the row; a foreign key that still refers to it fails the statement. */
    public boolean delete(UUID id) {
        return jdbc.sql(DELETE).param("id", id).update() == 1;
    }

    public void archive(UUID id) {
        jdbc.sql(ARCHIVE).param("id", id).update();
    }

    private static JdbcClient.StatementSpec fields(JdbcClient.StatementSpec sql, NewCustomer customer) {
        return sql.param("name", customer.name())
                .param("email", customer.email())
                .param("phone", customer.phone())
                .param("company", customer.company())
                .param("tags", customer.tags().toArray(String[]::new))
                .param("notes", customer.notes());
    }

    static Customer map(ResultSet rs, int row) throws SQLException {
        return new Customer(
                rs.getObject("id", UUID.class),
                rs.getInt("version"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("company"),
                ArrayColumns.strings(rs.getArray("tags")),
                rs.getString("notes"),
                List.of(),
                instant(rs.getTimestamp("archived_at")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    static @Nullable Instant instant(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
