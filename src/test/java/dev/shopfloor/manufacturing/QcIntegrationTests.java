package dev.shopfloor.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** QC checks: a failed one sends the task back to rework (counted), a passed one moves it on; and task history. */
class QcIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private ProductionTaskFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ProductionTaskFixtures(admin(), jdbc);
    }

    @Test
    void aFailedCheckSendsTheTaskBackToReworkThenAPassMovesItOnConsumingNothingTwice() {
        UUID location = fixtures.stock.location();
        String shirt = fixtures.orders.stockItem(20);
        String thread = fixtures.bom(shirt, "1", "sewing");
        String label = fixtures.bom(shirt, "1", "packing");
        UUID threadLevel = fixtures.stock.receive(thread, location, 10);
        fixtures.stock.receive(label, location, 10);
        String id = task(Map.of("sku", shirt, "quantity", 3, "locationId", location));
        fixtures.moved(id, "qc");
        assertThat(fixtures.stock.level(threadLevel).onHand()).isEqualTo(7);

        Response failed = fixtures.qc(id, false, 3, 2, "sewing");

        assertThat(failed.status()).as(failed.toString()).isEqualTo(201);
        assertThat(failed.json().get("passed").asBoolean()).isFalse();
        assertThat(failed.json().get("failed").asInt()).isEqualTo(2);
        assertThat(failed.json().get("stage").asString()).isEqualTo("qc");
        assertThat(failed.json().get("reworkStage").asString()).isEqualTo("sewing");
        JsonNode reworked = fixtures.task(id);
        assertThat(reworked.get("stage").asString()).isEqualTo("sewing");
        assertThat(reworked.get("reworkCount").asInt()).isEqualTo(1);

        fixtures.moved(id, "qc");
        assertThat(fixtures.stock.level(threadLevel).onHand())
                .as("consumed once")
                .isEqualTo(7);
        Response passed = fixtures.qc(id, true, 3, 0, null);

        assertThat(passed.status()).as(passed.toString()).isEqualTo(201);
        JsonNode packing = fixtures.task(id);
        assertThat(packing.get("stage").asString()).isEqualTo("packing");
        assertThat(packing.get("reworkCount").asInt()).isEqualTo(1);
        assertThat(packing.get("qcChecks")).hasSize(2);
        assertThat(packing.get("transitions")
                        .valueStream()
                        .map(t -> t.get("reason").asString() + ">"
                                + t.get("toStage").asString())
                        .toList())
                .containsExactly("created>queued", "advance>qc", "rework>sewing", "advance>qc", "qc_pass>packing");
        assertThat(fixtures.movements(id))
                .containsOnly(
                        Map.entry(label.toLowerCase() + ":production_consumption", -3),
                        Map.entry(thread.toLowerCase() + ":production_consumption", -3));
    }

    @Test
    void checksAreRefusedWithTheirCodes() {
        String id = task(Map.of());
        assertCode(fixtures.qc(id, true, 2, 0, null), 409, "not_at_qc");
        fixtures.moved(id, "qc");
        assertCode(fixtures.qc(id, true, 0, 0, null), 422, "invalid_counts");
        assertCode(fixtures.qc(id, false, 2, 3, "sewing"), 422, "invalid_counts");
        assertCode(fixtures.qc(id, false, 2, -1, "sewing"), 422, "invalid_counts");
        assertCode(fixtures.qc(id, false, 2, 1, null), 422, "rework_stage_required");
        assertCode(fixtures.qc(id, false, 2, 1, "packing"), 422, "invalid_rework_stage");
        assertCode(fixtures.qc(id, false, 2, 1, "queued"), 422, "invalid_rework_stage");
        assertCode(fixtures.qc(id, false, 2, 1, "nowhere"), 422, "unknown_stage");
        assertThat(fixtures.task(id).get("qcChecks")).isEmpty();
        assertThat(fixtures.task(id).get("stage").asString()).isEqualTo("qc");
    }

    @Test
    void aTaskHistoryHoldsItsOwnChangesAndThoseOfItsTransitionsChecksAndMaterials() {
        String shirt = fixtures.orders.stockItem(20);
        fixtures.bom(shirt, "1", "packing");
        String id = task(Map.of("sku", shirt));
        fixtures.moved(id, "qc");
        fixtures.qc(id, false, 2, 1, "cutting");

        Response history = admin().get("/api/production/tasks/" + id + "/history");

        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        List<String> topics = history.json()
                .get("items")
                .valueStream()
                .map(e -> e.get("topic").asString())
                .distinct()
                .toList();
        assertThat(topics)
                .contains(
                        "production_tasks",
                        "production_transitions",
                        "production_qc_checks",
                        "production_task_materials");
        assertThat(admin().get("/api/production/tasks/" + UUID.randomUUID() + "/history")
                        .status())
                .isEqualTo(404);
    }

    /** A replenishment run (fields over a fresh stock item, quantity 2), assigned and ready to start. */
    private String task(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("sku", fixtures.orders.stockItem(20), "quantity", 2));
        body.putAll(fields);
        String id = fixtures.create(body).get("id").asString();
        fixtures.assign(id);
        return id;
    }

    private static void assertCode(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.code()).as(response.toString()).isEqualTo(code);
    }
}
