package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.manufacturing.Manufacturer;
import dev.shopfloor.manufacturing.ManufacturerInput;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code manufacturers} rows. */
@Repository
public class ManufacturerRepository {

    static final String COLUMNS = """
            m.id, m.version, m.name, m.kind, m.capacity_per_day, m.lead_time_days, m.contact_name, m.email,
            m.phone, m.location_id, m.notes, m.active, m.created_at, m.updated_at
            """;

    private static final String INSERT = """
            INSERT INTO manufacturers (id, name, kind, capacity_per_day, lead_time_days, contact_name, email, phone,
                                       location_id, notes, active)
            VALUES (:id, :name, :kind, :capacityPerDay, :leadTimeDays, :contactName, :email, :phone,
                    :locationId, :notes, :active)
            """;

    private static final String FIND = "SELECT " + COLUMNS + """
            FROM manufacturers m
            WHERE m.id = :id
            """;

    private static final String LOCK = "SELECT " + COLUMNS + """
            FROM manufacturers m
            WHERE m.id = :id
            FOR UPDATE
            """;

    private static final String UPDATE = """
            UPDATE manufacturers
            SET name = :name, kind = :kind, capacity_per_day = :capacityPerDay, lead_time_days = :leadTimeDays,
                contact_name = :contactName, email = :email, phone = :phone, location_id = :locationId,
                notes = :notes, active = :active
            WHERE id = :id
            """;

    private static final String DELETE = """
            DELETE FROM manufacturers
            WHERE id = :id
            """;

    private static final String DEACTIVATE = """
            UPDATE manufacturers
            SET active = false
            WHERE id = :id
            """;

    private final JdbcClient jdbc;

    ManufacturerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, ManufacturerInput in) {
        fields(jdbc.sql(INSERT), in).param("id", id).update();
    }

    public Optional<Manufacturer> find(UUID id) {
        return jdbc.sql(FIND).param("id", id).query(ManufacturerRepository::map).optional();
    }

    /** Locks the row for the rest of the transaction and returns it, if it exists. */
    Optional<Manufacturer> lock(UUID id) {
        return jdbc.sql(LOCK).param("id", id).query(ManufacturerRepository::map).optional();
    }

    void update(UUID id, ManufacturerInput in) {
        fields(jdbc.sql(UPDATE), in).param("id", id).update();
    }

    /** Deletes the row; a foreign key that still refers to it fails the statement. */
    void delete(UUID id) {
        jdbc.sql(DELETE).param("id", id).update();
    }

    void deactivate(UUID id) {
        jdbc.sql(DEACTIVATE).param("id", id).update();
    }

    private static JdbcClient.StatementSpec fields(JdbcClient.StatementSpec sql, ManufacturerInput in) {
        return sql.param("name", in.name())
                .param("kind", in.kind())
                .param("capacityPerDay", in.capacityPerDay())
                .param("leadTimeDays", in.leadTimeDays())
                .param("contactName", in.contactName())
                .param("email", in.email())
                .param("phone", in.phone())
                .param("locationId", in.locationId())
                .param("notes", in.notes())
                .param("active", in.active());
    }

    static Manufacturer map(ResultSet rs, int row) throws SQLException {
        return new Manufacturer(
                rs.getObject("id", UUID.class),
                rs.getInt("version"),
                rs.getString("name"),
                rs.getString("kind"),
                rs.getInt("capacity_per_day"),
                rs.getInt("lead_time_days"),
                rs.getString("contact_name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getObject("location_id", UUID.class),
                rs.getString("notes"),
                rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
