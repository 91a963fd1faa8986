package dev.shopfloor.catalog;

import static dev.shopfloor.catalog.CatalogFixtures.item;
import static dev.shopfloor.catalog.CatalogFixtures.sku;
import static dev.shopfloor.catalog.CatalogFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

class CatalogVendorIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager tx;

    @Autowired
    DataSource dataSource;

    @Value("${shopfloor.database.vendor-role}")
    String vendorRole;

    @Test
    void aVendorSeesAndEditsOnlyItsOwnItems() {
        UUID mine = CatalogFixtures.vendor(jdbc, tx);
        UUID theirs = CatalogFixtures.vendor(jdbc, tx);
        Api vendor = as(Role.VENDOR, mine);

        String sku = sku();
        Response own = vendor.post("/api/catalog", with(item(sku), "vendorId", theirs.toString()));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(own.json().get("vendorId").asString()).isEqualTo(mine.toString());

        String othersSku = sku();
        String others = admin().post("/api/catalog", with(item(othersSku), "vendorId", theirs.toString()))
                .id();

        assertThat(vendor.get("/api/catalog/" + others).status()).isEqualTo(404);
        assertThat(vendor.put("/api/catalog/" + others, item(othersSku)).status())
                .isEqualTo(404);
        assertThat(vendor.get("/api/catalog?vendorId=" + theirs).json().get("items"))
                .isEmpty();
        List<String> listed = new ArrayList<>();
        vendor.get("/api/catalog?limit=200").json().get("items").forEach(i -> {
            listed.add(i.get("id").asString());
            assertThat(i.get("vendorId").asString()).isEqualTo(mine.toString());
        });
        assertThat(listed).contains(own.id());

        Response archived = vendor.put("/api/catalog/" + own.id(), with(item(sku), "status", "archived"));
        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.json().get("status").asString()).isEqualTo("archived");
        assertThat(vendor.delete("/api/catalog/" + own.id()).status()).isEqualTo(403);

        // a SKU held by another vendor's item is still taken
        Response taken = vendor.post("/api/catalog", item(othersSku));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("duplicate_sku");
    }

    @Test
    void aVendorsBulkUpsertWritesOnlyItsOwnItems() {
        UUID mine = CatalogFixtures.vendor(jdbc, tx);
        UUID theirs = CatalogFixtures.vendor(jdbc, tx);
        String othersSku = sku();
        admin().post("/api/catalog", with(item(othersSku), "vendorId", theirs.toString()));
        String newSku = sku();

        Response report = as(Role.VENDOR, mine)
                .post(
                        "/api/catalog/bulk",
                        List.of(
                                with(item(newSku), "vendorId", theirs.toString()),
                                with(item(othersSku), "name", "hijacked")));
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.json().at("/rows/0/status").asString()).isEqualTo("created");
        assertThat(report.json().at("/rows/1/status").asString()).isEqualTo("failed");
        assertThat(report.json().at("/rows/1/errors/0/message").asString()).contains("duplicate_sku");
        assertThat(admin().get("/api/catalog/" + report.json().at("/rows/0/id").asString())
                        .json()
                        .get("vendorId")
                        .asString())
                .isEqualTo(mine.toString());
        assertThat(jdbc.sql("SELECT name FROM catalog_items WHERE sku = :sku")
                        .param("sku", othersSku)
                        .query(String.class)
                        .single())
                .isNotEqualTo("hijacked");
    }

    @Test
    void rowLevelSecurityShowsAVendorOnlyItsOwnRows() throws Exception {
        UUID mine = CatalogFixtures.vendor(jdbc, tx);
        UUID theirs = CatalogFixtures.vendor(jdbc, tx);
        String tag = unique("rls");
        admin().post(
                        "/api/catalog",
                        with(
                                with(CatalogFixtures.itemWithVariants(sku(), "S"), "vendorId", mine.toString()),
                                "name",
                                tag));
        admin().post(
                        "/api/catalog",
                        with(
                                with(CatalogFixtures.itemWithVariants(sku(), "S"), "vendorId", theirs.toString()),
                                "name",
                                tag));

        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement set = c.prepareStatement("""
                    SELECT set_config('app.role', 'VENDOR', true),
                           set_config('app.vendor_id', ?, true),
                           set_config('role', ?, true)
                    """)) {
                set.setString(1, mine.toString());
                set.setString(2, vendorRole);
                set.execute();
            }
            assertThat(vendorsOf(c, "SELECT vendor_id FROM catalog_items WHERE name = '" + tag + "'"))
                    .containsExactly(mine);
            assertThat(vendorsOf(c, """
                            SELECT v.vendor_id FROM catalog_variants v
                            WHERE v.item_id IN (SELECT id FROM catalog_items WHERE name = '%s')
                            """.formatted(tag))).containsExactly(mine);
            c.rollback();
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement set = c.prepareStatement("SELECT set_config('app.role', 'STAFF', true)")) {
                set.execute();
            }
            assertThat(vendorsOf(c, "SELECT vendor_id FROM catalog_items WHERE name = '" + tag + "'"))
                    .containsExactlyInAnyOrder(mine, theirs);
            c.rollback();
        }
    }

    private static List<UUID> vendorsOf(Connection c, String sql) throws Exception {
        List<UUID> vendors = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                vendors.add(rs.getObject(1, UUID.class));
            }
        }
        return vendors;
    }
}
