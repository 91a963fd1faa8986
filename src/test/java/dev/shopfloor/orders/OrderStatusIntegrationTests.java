package dev.shopfloor.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The workflow over HTTP: every allowed transition performed, every refused one answered 422. */
class OrderStatusIntegrationTests extends IntegrationTest {

    private OrderFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new OrderFixtures(admin());
    }

    @Test
    void performsEveryAllowedTransition() {
        List<String> performed = new ArrayList<>();
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderWorkflow.allowedNext(from)) {
                JsonNode order = fixtures.orderIn(from);
                assertThat(order.get("status").asString()).isEqualTo(from.wire());
                Response moved = fixtures.changeStatus(order.get("id").asString(), to);
                assertThat(moved.status()).as(from + " -> " + to + ": " + moved).isEqualTo(200);
                assertThat(moved.json().get("status").asString()).isEqualTo(to.wire());
                assertThat(moved.json().get("version").asInt())
                        .isGreaterThan(order.get("version").asInt());
                Response read = admin().get("/api/orders/" + order.get("id").asString());
                assertThat(read.json().get("status").asString()).isEqualTo(to.wire());
                performed.add(from.wire() + "->" + to.wire());
            }
        }
        assertThat(performed).hasSize(15);
    }

    @Test
    void refusesEveryTransitionNotInTheTableWith422AndChangesNothing() {
        for (OrderStatus from : OrderStatus.values()) {
            JsonNode order = fixtures.orderIn(from);
            String id = order.get("id").asString();
            for (OrderStatus to : OrderStatus.values()) {
                if (OrderWorkflow.allows(from, to)) {
                    continue;
                }
                Response refused = fixtures.changeStatus(id, to);
                assertThat(refused.status())
                        .as(from + " -> " + to + ": " + refused)
                        .isEqualTo(422);
                assertThat(refused.code()).isEqualTo("invalid_transition");
                assertThat(refused.json().get("from").asString()).isEqualTo(from.wire());
                assertThat(refused.json().get("to").asString()).isEqualTo(to.wire());
            }
            Response read = admin().get("/api/orders/" + id);
            assertThat(read.json().get("status").asString()).isEqualTo(from.wire());
            assertThat(read.json().get("version").asInt())
                    .isEqualTo(order.get("version").asInt());
        }
    }

    @Test
    void statusChangesHonourIfMatchAndBodyVersion() {
        JsonNode order = fixtures.orderIn(OrderStatus.DRAFT);
        String id = order.get("id").asString();
        int version = order.get("version").asInt();
        Response staleHeader = admin().put(
                        "/api/orders/" + id + "/status",
                        Map.of("status", "pending"),
                        "If-Match",
                        "\"" + (version + 5) + "\"");
        assertThat(staleHeader.status()).isEqualTo(412);
        Response staleBody =
                admin().put("/api/orders/" + id + "/status", Map.of("status", "pending", "version", version + 5));
        assertThat(staleBody.status()).isEqualTo(409);
        assertThat(staleBody.code()).isEqualTo("version_conflict");
        Response current = admin().put(
                        "/api/orders/" + id + "/status",
                        Map.of("status", "pending", "note", "customer called"),
                        "If-Match",
                        "\"" + version + "\"");
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        assertThat(current.json().get("statusNote").asString()).isEqualTo("customer called");
        assertThat(current.header("ETag"))
                .isEqualTo("\"" + current.json().get("version").asInt() + "\"");
    }

    @Test
    void anUnknownStatusIsABadRequestAndAnUnknownOrderNotFound() {
        JsonNode order = fixtures.orderIn(OrderStatus.DRAFT);
        Response unknown =
                admin().put("/api/orders/" + order.get("id").asString() + "/status", Map.of("status", "lost"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("invalid_status");
        Response missing =
                admin().put("/api/orders/" + java.util.UUID.randomUUID() + "/status", Map.of("status", "cancelled"));
        assertThat(missing.status()).isEqualTo(404);
    }
}
