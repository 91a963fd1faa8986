package dev.shopfloor.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.customers.CustomerFilter;
import dev.shopfloor.customers.CustomerFilter.Archived;
import dev.shopfloor.testing.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every list filter can be answered from its own index: with plain scans switched off, the planner must
 * still find a plan through that index (a filter whose SQL shape defeats its index would fail here).
 */
class CustomerSearchPlanIntegrationTests extends IntegrationTest {

    @Autowired
    CustomerSearch search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void freeTextUsesTheTrigramIndex() {
        assertThat(plan(filter("lovelace", null, null, List.of(), null))).contains("customers_search_trgm");
    }

    @Test
    void emailUsesTheCaseInsensitiveUniqueIndex() {
        assertThat(plan(filter(null, "Ada@Example.com", null, List.of(), null))).contains("customers_email_key");
    }

    @Test
    void cityUsesTheAddressCityIndex() {
        assertThat(plan(filter(null, null, "London", List.of(), null))).contains("customer_addresses_city_idx");
    }

    @Test
    void tagsUseTheGinIndex() {
        assertThat(plan(filter(null, null, null, List.of("vip"), null))).contains("customers_tags_gin");
    }

    @Test
    void creationTimeUsesItsIndex() {
        assertThat(plan(filter(null, null, null, List.of(), Instant.parse("2026-01-01T00:00:00Z"))))
                .contains("customers_created_at_idx");
    }

    @Test
    void idsUseThePrimaryKey() {
        var filter = new CustomerFilter(
                null, null, null, List.of(), null, null, Archived.ANY, List.of(UUID.randomUUID(), UUID.randomUUID()));
        assertThat(plan(filter)).contains("customers_pkey");
    }

    private String plan(CustomerFilter filter) {
        CustomerSearch.Query query = search.query(filter, null, 51);
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            jdbc.sql("SET LOCAL enable_indexscan = off").update();
            return String.join(
                    "\n",
                    jdbc.sql("EXPLAIN " + query.sql())
                            .params(query.params())
                            .query(String.class)
                            .list());
        });
    }

    private static CustomerFilter filter(String q, String email, String city, List<String> tags, Instant from) {
        return new CustomerFilter(q, email, city, tags, from, null, Archived.ANY, List.of());
    }
}
