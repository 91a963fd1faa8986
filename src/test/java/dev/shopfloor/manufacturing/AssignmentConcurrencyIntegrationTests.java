package dev.shopfloor.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two assignments to one manufacturer at the same moment, with capacity for one: exactly one gets through. */
class AssignmentConcurrencyIntegrationTests extends IntegrationTest {

    private static final int ROUNDS = 5;
    private static final LocalDate DAY = LocalDate.of(2031, 6, 2);

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoConcurrentAssignmentsNeverBothTakeTheLastFreeUnits() throws Exception {
        AssignmentFixtures fixtures = new AssignmentFixtures(admin(), jdbc);
        Api api = admin();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                UUID maker = fixtures.manufacturer(5, 0);
                List<UUID> tasks = List.of(fixtures.task(5), fixtures.task(5));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> calls = new ArrayList<>();
                for (UUID task : tasks) {
                    calls.add(pool.submit(() -> {
                        start.await();
                        return api.post(
                                "/api/production/assign",
                                Map.of(
                                        "taskId",
                                        task,
                                        "manufacturerId",
                                        maker,
                                        "plannedStart",
                                        DAY.toString(),
                                        "plannedEnd",
                                        DAY.toString()));
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Response> call : calls) {
                    Response response = call.get(60, TimeUnit.SECONDS);
                    statuses.add(response.status());
                    if (response.status() == 409) {
                        assertThat(response.code()).isEqualTo("capacity_exceeded");
                    }
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
                int booked =
                        jdbc.sql("""
                                SELECT coalesce(sum(quantity), 0)
                                FROM production_tasks
                                WHERE manufacturer_id = :maker
                                  AND status = 'open'
                                """).param("maker", maker).query(Integer.class).single();
                assertThat(booked).as("round " + round).isEqualTo(5);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
