package dev.shopfloor.customers.internal;

import dev.shopfloor.customers.Address;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code customer_addresses} rows; always read for a whole customer or a whole page of them. */
@Repository
public class AddressRepository {

    private static final String FOR_CUSTOMERS = """
            SELECT id, customer_id, label, kind, line1, line2, city, region, postal_code, country, is_default
            FROM customer_addresses
            WHERE customer_id = ANY(:customerIds)
            ORDER BY customer_id, id
            """;

    private static final String INSERT = """
            INSERT INTO customer_addresses
                (id, customer_id, label, kind, line1, line2, city, region, postal_code, country, is_default)
            VALUES (:id, :customerId, :label, :kind, :line1, :line2, :city, :region, :postalCode, :country, :isDefault)
            """;

    private static final String UPDATE = """
            UPDATE customer_addresses
            SET label = :label, kind = :kind, line1 = :line1, line2 = :line2, city = :city, region = :region,
                postal_code = :postalCode, country = :country, is_default = :isDefault
            WHERE id = :id
            AND customer_id = :customerId
            """;

    private static final String DELETE = """
            DELETE FROM customer_addresses
            WHERE id = ANY(:ids)
            AND customer_id = :customerId
            """;

    private final JdbcClient jdbc;

    AddressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The addresses of these customers in one query, by customer id, each list in creation order. */
    public Map<UUID, List<Address>> forCustomers(Collection<UUID> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(FOR_CUSTOMERS)
                .param("customerIds", customerIds.toArray(UUID[]::new))
                .query((rs, row) -> Map.entry(rs.getObject("customer_id", UUID.class), map(rs)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    public List<Address> forCustomer(UUID customerId) {
        return forCustomers(List.of(customerId)).getOrDefault(customerId, List.of());
    }

    public void insert(UUID customerId, Address address) {
        fields(jdbc.sql(INSERT), customerId, address).update();
    }

    public void update(UUID customerId, Address address) {
        fields(jdbc.sql(UPDATE), customerId, address).update();
    }

    public void delete(UUID customerId, Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql(DELETE)
                    .param("ids", ids.toArray(UUID[]::new))
                    .param("customerId", customerId)
                    .update();
        }
    }

    private static JdbcClient.StatementSpec fields(JdbcClient.StatementSpec sql, UUID customerId, Address a) {
        return sql.param("id", a.id())
                .param("customerId", customerId)
                .param("label", a.label())
                .param("kind", a.kind())
                .param("line1", a.line1())
                .param("line2", a.line2())
                .param("city", a.city())
                .param("region", a.region())
                .param("postalCode", a.postalCode())
                .param("country", a.country())
                .param("isDefault", a.isDefault());
    }

    private static Address map(ResultSet rs) throws SQLException {
        return new Address(
                rs.getObject("id", UUID.class),
                rs.getString("label"),
                rs.getString("kind"),
                rs.getString("line1"),
                rs.getString("line2"),
                rs.getString("city"),
                rs.getString("region"),
                rs.getString("postal_code"),
                rs.getString("country"),
                rs.getBoolean("is_default"));
    }
}
