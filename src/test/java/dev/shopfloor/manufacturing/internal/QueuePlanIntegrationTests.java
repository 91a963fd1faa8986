package dev.shopfloor.manufacturing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.manufacturing.QueueFilter;
import dev.shopfloor.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue reads an index in queue order and stops at the limit: with sequential scans and explicit sorts
 * switched off, the planner must still find a plan through the named index without a Sort node, on the
 * first page and after a cursor (whose row comparison must be an index condition, not a filter).
 */
class QueuePlanIntegrationTests extends IntegrationTest {

    private static final UUID SOME_ID = UUID.fromString("01900000-0000-7000-8000-000000000000");
    private static final QueueCursor AFTER = new QueueCursor(2, null, SOME_ID);

    @Autowired
    QueueSearch search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void defaultOrderReadsTheQueueIndex() {
        assertThat(plan(QueueFilter.ALL, null))
                .contains("production_tasks_queue_order")
                .doesNotContain("Sort");
        assertThat(plan(QueueFilter.ALL, AFTER))
                .contains("production_tasks_queue_order")
                .contains("Index Cond: (ROW(")
                .doesNotContain("Sort");
    }

    @Test
    void stageFilterReadsTheStageIndex() {
        QueueFilter sewing = new QueueFilter("sewing", null, null, null);
        assertThat(plan(sewing, null)).contains("production_tasks_queue_stage").doesNotContain("Sort");
        assertThat(plan(sewing, AFTER)).contains("production_tasks_queue_stage").doesNotContain("Sort");
    }

    @Test
    void manufacturerFilterReadsTheManufacturerIndex() {
        QueueFilter maker = new QueueFilter(null, SOME_ID, null, null);
        assertThat(plan(maker, AFTER))
                .contains("production_tasks_queue_manufacturer")
                .doesNotContain("Sort");
    }

    @Test
    void priorityAndDueBeforeAreConditionsOnTheQueueIndex() {
        QueueFilter urgentAndDue = new QueueFilter(null, null, LocalDate.parse("2026-01-01"), "urgent");
        assertThat(plan(urgentAndDue, null))
                .contains("production_tasks_queue_order")
                .contains("Index Cond: ((priority_rank")
                .doesNotContain("Sort");
    }

    private String plan(QueueFilter filter, @Nullable QueueCursor after) {
        QueueSearch.Query query = search.query(filter, after, 51);
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            jdbc.sql("SET LOCAL enable_sort = off").update();
            jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
            return String.join(
                    "\n",
                    jdbc.sql("EXPLAIN " + query.sql())
                            .params(query.params())
                            .query(String.class)
                            .list());
        });
    }
}
