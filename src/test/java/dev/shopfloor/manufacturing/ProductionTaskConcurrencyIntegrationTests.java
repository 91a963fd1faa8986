package dev.shopfloor.manufacturing;

import static dev.shopfloor.orders.OrderFixtures.body;
import static dev.shopfloor.orders.OrderFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.testing.Concurrently;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An order's cancel and a move of its task race: both lock the order first, then the task, so they serialise and
 * never deadlock; whichever comes second sees the other's result.
 */
class ProductionTaskConcurrencyIntegrationTests extends IntegrationTest {

    private static final int ORDERS = 8;

    @Autowired
    JdbcClient jdbc;

    @Test
    void cancellingAnOrderWhileItsTaskMovesNeverDeadlocksAndEndsConsistent() {
        var fixtures = new ProductionTaskFixtures(admin(), jdbc);
        List<String> orderIds = new ArrayList<>();
        List<String> taskIds = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            JsonNode order =
                    fixtures.orders.place(body(fixtures.orders.customer(), line(fixtures.orders.madeToOrder(30), 1)));
            fixtures.orders.move(order, OrderStatus.CONFIRMED);
            String taskId = admin().get(
                            "/api/production/tasks?orderId=" + order.get("id").asString())
                    .json()
                    .get("items")
                    .get(0)
                    .get("id")
                    .asString();
            fixtures.approveDesign(taskId);
            fixtures.assign(taskId);
            orderIds.add(order.get("id").asString());
            taskIds.add(taskId);
        }
        List<Callable<Response>> work = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            String orderId = orderIds.get(i);
            String taskId = taskIds.get(i);
            work.add(() -> fixtures.orders.changeStatus(orderId, OrderStatus.CANCELLED));
            work.add(() -> admin().put("/api/production/tasks/" + taskId, Map.of("stage", "cutting")));
        }

        List<Response> results = Concurrently.run(4, work, Duration.ofSeconds(60));

        for (int i = 0; i < ORDERS; i++) {
            Response cancel = results.get(2 * i);
            Response move = results.get(2 * i + 1);
            assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
            // the move either went first (200) or found the task cancelled with its order (409 task_closed)
            assertThat(move.status()).as(move.toString()).isIn(200, 409);
            if (move.status() == 409) {
                assertThat(move.code()).isEqualTo("task_closed");
            }
            JsonNode task = fixtures.task(taskIds.get(i));
            assertThat(task.get("status").asString()).isEqualTo("cancelled");
            assertThat(task.get("stage").asString()).isEqualTo(move.status() == 200 ? "cutting" : "queued");
        }
    }
}
