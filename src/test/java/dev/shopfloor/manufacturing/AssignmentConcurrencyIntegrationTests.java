package dev.shopfloor.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.Concurrently;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
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
    void twoConcurrentAssignmentsNeverBothTakeTheLastFreeUnits() {
        AssignmentFixtures fixtures = new AssignmentFixtures(admin(), jdbc);
        Api api = admin();
        for (int round = 0; round < ROUNDS; round++) {
            UUID maker = fixtures.manufacturer(5, 0);
            List<Callable<Response>> calls = new ArrayList<>();
            for (UUID task : List.of(fixtures.task(5), fixtures.task(5))) {
                calls.add(() -> api.post(
                        "/api/production/assign",
                        Map.of(
                                "taskId",
                                task,
                                "manufacturerId",
                                maker,
                                "plannedStart",
                                DAY.toString(),
                                "plannedEnd",
                                DAY.toString())));
            }
            List<Response> responses = Concurrently.run(2, calls, Duration.ofSeconds(60));
            assertThat(responses)
                    .as("round " + round)
                    .extracting(Response::status)
                    .containsExactlyInAnyOrder(200, 409);
            assertThat(responses)
                    .filteredOn(r -> r.status() == 409)
                    .extracting(Response::code)
                    .containsExactly("capacity_exceeded");
            int booked =
                    jdbc.sql("""
                            SELECT coalesce(sum(quantity), 0)
                            FROM production_tasks
                            WHERE manufacturer_id = :maker
                              AND status = 'open'
                            """).param("maker", maker).query(Integer.class).single();
            assertThat(booked).as("round " + round).isEqualTo(5);
        }
    }
}
