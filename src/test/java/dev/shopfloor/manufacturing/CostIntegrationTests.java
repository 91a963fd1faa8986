package dev.shopfloor.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import dev.shopfloor.testing.StatementCounter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class CostIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter statements;

    private AssignmentFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AssignmentFixtures(admin(), jdbc);
    }

    private static Map<String, Object> cost(String kind, Object amount, String currency, @Nullable String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("amount", amount);
        body.put("currency", currency);
        if (description != null) {
            body.put("description", description);
        }
        return body;
    }

    private Response add(UUID task, Map<String, Object> cost) {
        return admin().post("/api/production/tasks/" + task + "/costs", cost);
    }

    private JsonNode added(UUID task, Map<String, Object> cost) {
        Response created = add(task, cost);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    @Test
    void linesAddUpPerCurrencyWithCostPerUnit() {
        UUID task = fixtures.task(3);

        Response created = as(Role.STAFF)
                .post("/api/production/tasks/" + task + "/costs", cost("material", 10.00, "EUR", "fabric, 3 m"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode line = created.json();
        assertThat(created.header("Location"))
                .endsWith("/api/production/tasks/" + task + "/costs/"
                        + line.get("id").asString());
        assertThat(line.get("kind").asString()).isEqualTo("material");
        assertThat(line.get("amount").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(line.get("description").asString()).isEqualTo("fabric, 3 m");
        assertThat(line.get("actorId").asString()).isNotBlank().isNotEqualTo("unknown");
        added(task, cost("labour", "12.5", "EUR", null));
        added(task, cost("overhead", 0, "EUR", null));
        added(task, cost("outside", 7.01, "USD", "printing invoice"));

        Response sheet = as(Role.VIEWER).get("/api/production/tasks/" + task + "/costs");

        assertThat(sheet.status()).as(sheet.toString()).isEqualTo(200);
        assertThat(sheet.json().get("lines")).hasSize(4);
        assertThat(sheet.json().get("lines").get(0).get("kind").asString()).isEqualTo("material");
        assertThat(totals(sheet.json().get("totals")))
                .as("22.50 / 3 = 7.50; 7.01 / 3 = 2.336... -> 2.34")
                .containsExactly("EUR 22.50 7.50", "USD 7.01 2.34");
    }

    @Test
    void costPerUnitRoundsHalfUp() {
        UUID task = fixtures.task(2);
        added(task, cost("material", 15.55, "EUR", null));
        JsonNode total = admin().get("/api/production/tasks/" + task + "/costs")
                .json()
                .get("totals")
                .get(0);
        assertThat(total.get("perUnit").decimalValue()).as("15.55 / 2 = 7.775").isEqualByComparingTo("7.78");
    }

    @Test
    void invalidLinesAreRefusedAndNothingIsWritten() {
        UUID task = fixtures.task(3);
        List.<Map<String, Object>>of(
                        cost("glitter", 1, "EUR", null),
                        cost("material", -1, "EUR", null),
                        cost("material", 1.234, "EUR", null),
                        cost("material", 1, "eur", null),
                        cost("material", 1, "EURO", null),
                        cost("material", 1, "EUR", "x".repeat(501)),
                        Map.<String, Object>of("kind", "material", "currency", "EUR"))
                .forEach(bad -> {
                    Response refused = add(task, bad);
                    assertThat(refused.status()).as(bad + " -> " + refused).isEqualTo(400);
                    assertThat(refused.code()).isEqualTo("validation_failed");
                    assertThat(refused.json().get("errors")).isNotEmpty();
                });
        Response notANumber = add(task, cost("material", "ten", "EUR", null));
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(admin().get("/api/production/tasks/" + task + "/costs")
                        .json()
                        .get("lines"))
                .isEmpty();
        assertThat(add(UUID.randomUUID(), cost("material", 1, "EUR", null)).status())
                .isEqualTo(404);
        assertThat(admin().get("/api/production/tasks/" + UUID.randomUUID() + "/costs")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void cancelledTasksRefuseCostsAndDoneTasksStillTakeThem() {
        UUID cancelled = fixtures.task(1);
        JsonNode line = added(cancelled, cost("material", 5, "EUR", null));
        fixtures.setStatus(cancelled, "cancelled");
        Response refused = add(cancelled, cost("material", 1, "EUR", null));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("task_closed");
        Response notDeleted = admin().delete("/api/production/tasks/" + cancelled + "/costs/"
                + line.get("id").asString());
        assertThat(notDeleted.code()).isEqualTo("task_closed");

        UUID done = fixtures.task(1);
        fixtures.setStatus(done, "done");
        added(done, cost("outside", 40, "EUR", "late invoice"));
        assertThat(admin().get("/api/production/tasks/" + done + "/costs")
                        .json()
                        .get("lines"))
                .hasSize(1);
    }

    @Test
    void deletingALineHonoursIfMatchAndUpdatesTheTotals() {
        UUID task = fixtures.task(4);
        JsonNode kept = added(task, cost("material", 8, "EUR", null));
        JsonNode removed = added(task, cost("labour", 4, "EUR", null));
        String path =
                "/api/production/tasks/" + task + "/costs/" + removed.get("id").asString();

        assertThat(admin().delete(path, "If-Match", "\"7\"").status()).isEqualTo(412);
        assertThat(as(Role.VIEWER).delete(path).status()).isEqualTo(403);
        assertThat(admin().delete(path, "If-Match", "\"1\"").status()).isEqualTo(204);
        assertThat(admin().delete(path).status()).isEqualTo(404);
        UUID otherTask = fixtures.task(1);
        assertThat(admin().delete("/api/production/tasks/" + otherTask + "/costs/"
                                + kept.get("id").asString())
                        .status())
                .as("a line is deleted only through its own task")
                .isEqualTo(404);

        JsonNode sheet = admin().get("/api/production/tasks/" + task + "/costs").json();
        assertThat(sheet.get("lines")).hasSize(1);
        assertThat(totals(sheet.get("totals"))).containsExactly("EUR 8.00 2.00");
    }

    @Test
    void anOrdersCostsRollUpPerTaskAndPerCurrencyInOneQuery() {
        AssignmentFixtures.OrderWithTasks order = fixtures.orderInProduction(2, 4, 1);
        UUID first = order.taskIds().get(0);
        UUID second = order.taskIds().get(1);
        added(first, cost("material", 10, "EUR", null));
        added(first, cost("labour", 5.55, "EUR", null));
        added(first, cost("outside", 3, "USD", null));
        added(second, cost("material", 7, "EUR", null));

        String requestId = unique("rollup");
        Response rollup =
                as(Role.VIEWER).get("/api/production/orders/" + order.orderId() + "/costs", "X-Request-Id", requestId);

        assertThat(rollup.status()).as(rollup.toString()).isEqualTo(200);
        JsonNode body = rollup.json();
        assertThat(body.get("orderId").asString()).isEqualTo(order.orderId().toString());
        JsonNode tasks = body.get("tasks");
        assertThat(tasks).hasSize(3);
        assertThat(tasks.get(0).get("taskId").asString()).isEqualTo(first.toString());
        assertThat(tasks.get(0).get("number").asString()).startsWith("PT-");
        assertThat(tasks.get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(totals(tasks.get(0).get("totals"))).containsExactly("EUR 15.55 7.78", "USD 3.00 1.50");
        assertThat(totals(tasks.get(1).get("totals"))).containsExactly("EUR 7.00 1.75");
        assertThat(tasks.get(2).get("totals")).isEmpty();
        assertThat(totals(body.get("totals"))).containsExactly("EUR 22.55", "USD 3.00");
        int sent = statements.statementsOf(requestId);

        AssignmentFixtures.OrderWithTasks bigger = fixtures.orderInProduction(1, 1, 1, 1, 1, 1);
        for (UUID task : bigger.taskIds()) {
            added(task, cost("material", 1, "EUR", null));
        }
        String biggerId = unique("rollup");
        Response big = admin().get("/api/production/orders/" + bigger.orderId() + "/costs", "X-Request-Id", biggerId);
        assertThat(totals(big.json().get("totals"))).containsExactly("EUR 6.00");
        assertThat(statements.statementsOf(biggerId))
                .as("statements for 6 tasks vs 3")
                .isEqualTo(sent);

        assertThat(admin().get("/api/production/orders/" + UUID.randomUUID() + "/costs")
                        .status())
                .isEqualTo(404);
    }

    private static List<String> totals(JsonNode totals) {
        List<String> out = new ArrayList<>();
        totals.forEach(t -> {
            String line = t.get("currency").asString() + " "
                    + t.get("amount").decimalValue().setScale(2).toPlainString();
            if (t.has("perUnit")) {
                line += " " + t.get("perUnit").decimalValue().setScale(2).toPlainString();
            }
            out.add(line);
        });
        return out;
    }
}
