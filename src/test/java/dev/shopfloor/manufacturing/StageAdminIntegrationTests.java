package dev.shopfloor.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Stages are data: an ADMIN adds one and tasks move through it. Tests share the database, so every stage made here
 * has a unique code and a position no other test relies on; the embroidery stage stays (it is in use).
 */
class StageAdminIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private ProductionTaskFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ProductionTaskFixtures(admin(), jdbc);
    }

    @Test
    void anEmbroideryStageBetweenPrintingAndSewingIsListedAndTasksMoveThroughIt() {
        Response added = admin().post(
                        "/api/production/stages",
                        Map.of("code", "embroidery", "name", "Embroidery", "position", 25, "kind", "work"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        List<String> codes = admin().get("/api/production/stages")
                .json()
                .valueStream()
                .map(s -> s.get("code").asString())
                .toList();
        assertThat(codes.subList(codes.indexOf("printing"), codes.indexOf("sewing") + 1))
                .containsExactly("printing", "embroidery", "sewing");

        var location = fixtures.stock.location();
        String shirt = fixtures.orders.stockItem(20);
        String yarn = fixtures.bom(shirt, "2", "embroidery");
        var level = fixtures.stock.receive(yarn, location, 10);
        String id = fixtures.create(Map.of("sku", shirt, "quantity", 2, "locationId", location))
                .get("id")
                .asString();
        fixtures.assign(id);
        fixtures.moved(id, "printing");
        assertThat(fixtures.stock.level(level).onHand()).isEqualTo(10);
        assertThat(fixtures.moved(id, "embroidery").get("stage").asString()).isEqualTo("embroidery");
        assertThat(fixtures.stock.level(level).onHand()).isEqualTo(6);
        fixtures.moved(id, "sewing");

        Response delete = admin().delete("/api/production/stages/" + added.id());
        assertThat(delete.status()).as(delete.toString()).isEqualTo(409);
        assertThat(delete.code()).isEqualTo("stage_in_use");
    }

    @Test
    void anUnusedStageIsRenamedRepositionedAndDeleted() {
        String code = "s" + unique("x").substring(2).replace("-", "_");
        JsonNode stage = create(code, 57, "work").json();
        String id = stage.get("id").asString();
        try {
            renameRepositionAndDelete(stage, id, code);
        } finally {
            // a qc stage left before done would hold every other test's task at qc
            jdbc.sql("DELETE FROM production_stages WHERE code = :code")
                    .param("code", code)
                    .update();
        }
    }

    private void renameRepositionAndDelete(JsonNode stage, String id, String code) {

        Response renamed = admin().put(
                        "/api/production/stages/" + id,
                        Map.of("name", "Pressing", "position", 58, "kind", "qc"),
                        "If-Match",
                        "\"" + stage.get("version").asInt() + "\"");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("position").asInt()).isEqualTo(58);
        assertThat(renamed.json().get("kind").asString()).isEqualTo("qc");
        Response stale = admin().put("/api/production/stages/" + id, Map.of("name", "Old"), "If-Match", "\"1\"");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        Response recode = admin().put("/api/production/stages/" + id, Map.of("code", "other"));
        assertThat(recode.code()).isEqualTo("code_immutable");

        assertThat(admin().delete("/api/production/stages/" + id).status()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT count(*) FROM production_stages WHERE code = :code")
                        .param("code", code)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theQueueStaysFirstAndDoneLastAndBothStay() {
        List<JsonNode> stages =
                admin().get("/api/production/stages").json().valueStream().toList();
        JsonNode queue = stages.getFirst();
        JsonNode done = stages.getLast();
        assertThat(queue.get("kind").asString()).isEqualTo("queue");
        assertThat(done.get("kind").asString()).isEqualTo("done");

        assertThat(create("second_queue", 5, "queue").code()).isEqualTo("invalid_kind");
        assertThat(create("after_done", 1000, "work").code()).isEqualTo("invalid_position");
        assertThat(create("before_queue", -5, "work").code()).isEqualTo("invalid_position");
        assertThat(create("clash", 10, "work").code()).isEqualTo("duplicate");
        assertThat(create("cutting", 11, "work").code()).isEqualTo("duplicate");
        Response doneMoved =
                admin().put("/api/production/stages/" + done.get("id").asString(), Map.of("position", 1));
        assertThat(doneMoved.code()).as(doneMoved.toString()).isEqualTo("invalid_position");
        assertThat(admin().delete("/api/production/stages/" + queue.get("id").asString())
                        .code())
                .isEqualTo("stage_required");
        String cutting = stages.stream()
                .filter(s -> s.get("code").asString().equals("cutting"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        Response rekind = admin().put("/api/production/stages/" + cutting, Map.of("kind", "qc"));
        assertThat(rekind.code()).as(rekind.toString()).isEqualTo("stage_in_use");
    }

    @Test
    void onlyAdminsDefineStagesAndEveryoneReadsThem() {
        assertThat(as(Role.MANAGER)
                        .post(
                                "/api/production/stages",
                                Map.of("code", "nope", "name", "Nope", "position", 33, "kind", "work"))
                        .status())
                .isEqualTo(403);
        assertThat(as(Role.STAFF).get("/api/production/stages").status()).isEqualTo(200);
    }

    private Response create(String code, int position, String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Stage " + code);
        body.put("position", position);
        body.put("kind", kind);
        return admin().post("/api/production/stages", body);
    }
}
