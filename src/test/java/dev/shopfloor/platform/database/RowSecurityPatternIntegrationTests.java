package dev.shopfloor.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.testing.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every table with row-level security follows docs/decisions.md D4: one unconditional policy for the app role,
 * one vendor policy for the vendor role and nothing for PUBLIC, so no role's queries but a VENDOR's carry a
 * policy condition (which would keep non-leakproof filters off their indexes).
 */
class RowSecurityPatternIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Value("${shopfloor.database.app-user}")
    String appRole;

    @Value("${shopfloor.database.vendor-role}")
    String vendorRole;

    record Policy(String table, String name, String roles, String using, String check) {}

    @Test
    void everyRowSecuredTableHasAnOpenAppPolicyAndAVendorPolicyOnly() {
        List<String> tables = jdbc.sql("""
                        SELECT c.relname
                        FROM pg_class c
                        WHERE c.relrowsecurity
                          AND c.relnamespace = 'public'::regnamespace
                        ORDER BY 1
                        """).query(String.class).list();
        assertThat(tables).contains("catalog_items", "catalog_variants", "vendors", "users");

        List<Policy> policies = jdbc.sql("""
                        SELECT c.relname, p.polname,
                               array_to_string(ARRAY(SELECT CASE WHEN r = 0 THEN 'public' ELSE r::regrole::text END
                                                     FROM unnest(p.polroles) r), ','),
                               pg_get_expr(p.polqual, p.polrelid),
                               pg_get_expr(p.polwithcheck, p.polrelid)
                        FROM pg_policy p
                        JOIN pg_class c ON c.oid = p.polrelid
                        WHERE c.relname = ANY(:tables)
                        ORDER BY 1, 2
                        """)
                .param("tables", tables.toArray(String[]::new))
                .query((rs, n) ->
                        new Policy(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        for (String table : tables) {
            List<Policy> own =
                    policies.stream().filter(p -> p.table().equals(table)).toList();
            assertThat(own).as(table + ": " + own).hasSize(2);
            assertThat(own.get(0).name()).isEqualTo("all_rows");
            assertThat(own.get(0).roles()).as(table).isEqualTo(appRole);
            assertThat(own.get(0).using()).as(table).isEqualTo("true");
            assertThat(own.get(0).check()).as(table).isEqualTo("true");
            assertThat(own.get(1).name()).isEqualTo("vendor_rows");
            assertThat(own.get(1).roles()).as(table).isEqualTo(vendorRole);
            assertThat(own.get(1).using()).as(table).contains("shopfloor_vendor_id()");
            assertThat(own.get(1).check()).as(table).contains("shopfloor_vendor_id()");
        }
    }
}
