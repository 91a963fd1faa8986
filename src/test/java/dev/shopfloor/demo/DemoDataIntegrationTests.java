package dev.shopfloor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Its own application context (and so its own empty database), started with demo data on. */
@TestPropertySource(properties = "shopfloor.demo-data=true")
class DemoDataIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DemoDataLoader loader;

    @Test
    void fillsAnEmptyDatabaseAtStart() {
        Map<String, Long> counts = counts();

        assertThat(counts.get("vendors")).isEqualTo(10);
        assertThat(counts.get("stores")).isEqualTo(3);
        assertThat(counts.get("customers")).isEqualTo(3_000);
        assertThat(counts.get("customer_addresses")).isGreaterThanOrEqualTo(3_000);
        assertThat(counts.get("customer_communications")).isGreaterThan(1_000);
        assertThat(counts.get("tagged_customers")).isGreaterThan(1_000);
        assertThat(counts.get("catalog_categories")).isEqualTo(30);
        assertThat(counts.get("root_categories")).isEqualTo(6);
        assertThat(counts.get("catalog_sports")).isEqualTo(12);
        assertThat(counts.get("fabrics")).isEqualTo(10);
        assertThat(counts.get("catalog_items")).isEqualTo(2_000);
        assertThat(counts.get("catalog_variants")).isGreaterThan(6_000);
        assertThat(counts.get("published_items")).isGreaterThan(1_000);
        assertThat(counts.get("locations")).isEqualTo(2);
        assertThat(counts.get("stock_levels")).isGreaterThan(4_000);
        assertThat(counts.get("orders")).isEqualTo(444);
        assertThat(counts.get("order_statuses")).isGreaterThanOrEqualTo(8);
        assertThat(counts.get("manufacturers")).isEqualTo(2);
        assertThat(counts.get("production_tasks")).isGreaterThanOrEqualTo(44);
        assertThat(counts.get("task_stages")).isEqualTo(7);
        assertThat(counts.get("approved_designs")).isPositive();
        assertThat(counts.get("qc_checks")).isPositive();
        assertThat(counts.get("sale_movements")).isPositive();
    }

    @Test
    void leavesADatabaseThatHoldsDataAlone() {
        Map<String, Long> before = counts();

        assertThat(loader.load()).isFalse();

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void servesTheDataAndAttributesItToTheDemoDataActor() {
        Response items = admin().get("/api/catalog?status=published&limit=5");
        assertThat(items.status()).isEqualTo(200);
        assertThat(items.json().get("items")).hasSize(5);
        assertThat(items.json().at("/items/0/variants").size()).isGreaterThanOrEqualTo(3);

        Response customers = admin().get("/api/customers?limit=5");
        assertThat(customers.json().at("/items/0/addresses").size()).isGreaterThanOrEqualTo(1);

        Response audit = admin().get("/api/audit?actorId=system:demo-data&topic=catalog_items&limit=1");
        assertThat(audit.json().get("items")).hasSize(1);
    }

    private Map<String, Long> counts() {
        String sql = """
                SELECT (SELECT count(*) FROM vendors) AS vendors,
                       (SELECT count(*) FROM stores) AS stores,
                       (SELECT count(*) FROM customers) AS customers,
                       (SELECT count(*) FROM customer_addresses) AS customer_addresses,
                       (SELECT count(*) FROM customer_communications) AS customer_communications,
                       (SELECT count(*) FROM customers WHERE cardinality(tags) > 0) AS tagged_customers,
                       (SELECT count(*) FROM catalog_categories) AS catalog_categories,
                       (SELECT count(*) FROM catalog_categories WHERE parent_id IS NULL) AS root_categories,
                       (SELECT count(*) FROM locations) AS locations,
                       (SELECT count(*) FROM stock_levels) AS stock_levels,
                       (SELECT count(*) FROM orders) AS orders,
                       (SELECT count(DISTINCT status) FROM orders) AS order_statuses,
                       (SELECT count(*) FROM stock_movements WHERE kind = 'sale') AS sale_movements,
                       (SELECT count(*) FROM catalog_sports) AS catalog_sports,
                       (SELECT count(*) FROM fabrics) AS fabrics,
                       (SELECT count(*) FROM catalog_items) AS catalog_items,
                       (SELECT count(*) FROM catalog_items WHERE status = 'published') AS published_items,
                       (SELECT count(*) FROM catalog_variants) AS catalog_variants,
                       (SELECT count(*) FROM manufacturers) AS manufacturers,
                       (SELECT count(*) FROM production_tasks) AS production_tasks,
                       (SELECT count(DISTINCT stage) FROM production_tasks) AS task_stages,
                       (SELECT count(*) FROM design_tasks WHERE status = 'approved') AS approved_designs,
                       (SELECT count(*) FROM production_qc_checks) AS qc_checks
                """;
        return CurrentActor.runAs(
                DemoDataLoader.ACTOR,
                () -> new TransactionTemplate(transactions)
                        .execute(tx -> jdbc.sql(sql)
                                .query((rs, n) -> {
                                    Map<String, Long> counts = new java.util.LinkedHashMap<>();
                                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                                        counts.put(rs.getMetaData().getColumnLabel(i), rs.getLong(i));
                                    }
                                    return counts;
                                })
                                .single()));
    }
}
