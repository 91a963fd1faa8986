package dev.shopfloor.manufacturing;

import static dev.shopfloor.orders.OrderFixtures.body;
import static dev.shopfloor.orders.OrderFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import dev.shopfloor.testing.StatementCounter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Production tasks over HTTP: creation, the stage move rules, consumption and output, cancel, order tasks. */
class ProductionTaskIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter statements;

    private ProductionTaskFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ProductionTaskFixtures(admin(), jdbc);
    }

    @Test
    void aReplenishmentRunCopiesTheBomScaledAndStartsQueuedWithACreatedTransition() {
        String shirt = fixtures.orders.stockItem(20);
        String fabric = fixtures.bom(shirt, "1.5", "cutting");
        String ink = fixtures.bom(shirt, "0.2", "printing");

        JsonNode task = fixtures.create(Map.of("sku", shirt.toLowerCase(), "quantity", 3, "priority", "high"));

        assertThat(task.get("sku").asString()).isEqualTo(shirt);
        assertThat(task.get("itemId").asString())
                .isEqualTo(fixtures.itemId(shirt).toString());
        assertThat(task.get("stage").asString()).isEqualTo("queued");
        assertThat(task.get("status").asString()).isEqualTo("open");
        assertThat(task.get("priority").asString()).isEqualTo("high");
        assertThat(task.get("number").asString()).startsWith("PT-");
        assertThat(task.get("orderId").isNull()).isTrue();
        // 1.5 x 3 = 4.5 -> 5; 0.2 x 3 = 0.6 -> 1
        assertThat(materials(task)).containsExactly(fabric + "@cutting=5", ink + "@printing=1");

        JsonNode detail = fixtures.task(task.get("id").asString());
        assertThat(detail.get("transitions")).hasSize(1);
        assertThat(detail.get("transitions").get(0).get("reason").asString()).isEqualTo("created");
        assertThat(detail.get("transitions").get(0).get("toStage").asString()).isEqualTo("queued");
        assertThat(detail.get("qcChecks")).isEmpty();
        assertThat(detail.get("materials")).hasSize(2);
    }

    @Test
    void creationRefusesUnknownSkusAndBadInput() {
        Response unknown = admin().post("/api/production/tasks", Map.of("sku", unique("NOPE"), "quantity", 1));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("unknown_sku");
        String shirt = fixtures.orders.stockItem(20);
        Response zero = admin().post("/api/production/tasks", Map.of("sku", shirt, "quantity", 0));
        assertThat(zero.status()).as(zero.toString()).isEqualTo(400);
        Response material = admin().post(
                        "/api/production/tasks",
                        Map.of(
                                "sku",
                                shirt,
                                "quantity",
                                1,
                                "materials",
                                List.of(Map.of("materialSku", shirt, "quantity", 1, "stage", "nowhere"))));
        assertThat(material.code()).as(material.toString()).isEqualTo("unknown_stage");
        String nope = unique("NOPE");
        Response unknownMaterial = admin().post(
                        "/api/production/tasks",
                        Map.of(
                                "sku",
                                shirt,
                                "quantity",
                                1,
                                "materials",
                                List.of(
                                        Map.of("materialSku", shirt, "quantity", 1, "stage", "cutting"),
                                        Map.of("materialSku", nope, "quantity", 1, "stage", "cutting"))));
        assertThat(unknownMaterial.code()).as(unknownMaterial.toString()).isEqualTo("unknown_sku");
        assertThat(unknownMaterial.json().get("skus").get(0).asString()).isEqualTo(nope);
        assertThat(unknownMaterial.json().get("skus")).hasSize(1);
        Response location = admin().post(
                        "/api/production/tasks", Map.of("sku", shirt, "quantity", 1, "locationId", UUID.randomUUID()));
        assertThat(location.code()).as(location.toString()).isEqualTo("unknown_location");
        Response priority =
                admin().post("/api/production/tasks", Map.of("sku", shirt, "quantity", 1, "priority", "asap"));
        assertThat(priority.code()).as(priority.toString()).isEqualTo("invalid_priority");
        assertThat(jdbc.sql("SELECT count(*) FROM production_tasks WHERE sku = :sku")
                        .param("sku", shirt)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void everyMoveRuleIsRefusedWithItsCode() {
        UUID location = fixtures.stock.location();
        String shirt = fixtures.orders.stockItem(20);
        String design = designTask();
        String id = fixtures.create(Map.of("sku", shirt, "quantity", 2, "locationId", location, "designTaskId", design))
                .get("id")
                .asString();

        assertCode(fixtures.move(id, "cutting"), 409, "design_not_approved");
        jdbc.sql("UPDATE design_tasks SET status = 'approved', approved_by = 'c', approved_at = now() WHERE id = :id")
                .param("id", UUID.fromString(design))
                .update();
        assertCode(fixtures.move(id, "cutting"), 409, "not_assigned");
        fixtures.assign(id);
        assertCode(fixtures.move(id, "packing"), 422, "qc_required");
        assertCode(fixtures.move(id, "nowhere"), 422, "unknown_stage");

        JsonNode cut = fixtures.moved(id, "printing");
        assertThat(cut.get("stage").asString()).isEqualTo("printing");
        assertThat(cut.get("startedAt").isNull()).isFalse();
        assertCode(fixtures.move(id, "cutting"), 422, "invalid_stage_move");
        fixtures.moved(id, "qc");
        assertCode(fixtures.move(id, "packing"), 422, "qc_required");
        assertCode(admin().put("/api/production/tasks/" + id, Map.of("stage", "done")), 422, "qc_required");

        JsonNode detail = fixtures.task(id);
        assertThat(detail.get("stage").asString()).isEqualTo("qc");
        List<String> timeline = detail.get("transitions")
                .valueStream()
                .map(t -> t.get("reason").asString() + ":" + t.get("fromStage").asString() + ">"
                        + t.get("toStage").asString())
                .toList();
        assertThat(timeline).containsExactly("created:>queued", "advance:queued>printing", "advance:printing>qc");
        assertThat(detail.get("transitions").get(1).get("fromEnteredAt").asString())
                .isEqualTo(detail.get("transitions").get(0).get("at").asString());
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        String id = readyTask(Map.of()).get("id").asString();
        Response stale = admin().put("/api/production/tasks/" + id, Map.of("stage", "cutting"), "If-Match", "\"99\"");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        Response staleBody = admin().put("/api/production/tasks/" + id, Map.of("notes", "x", "version", 99));
        assertThat(staleBody.status()).as(staleBody.toString()).isEqualTo(409);
        JsonNode task = fixtures.task(id);
        assertThat(task.get("stage").asString()).isEqualTo("queued");
        assertThat(task.get("notes").isNull()).isTrue();
        Response notModified = admin().get(
                        "/api/production/tasks/" + id,
                        "If-None-Match",
                        "\"" + task.get("version").asInt() + "\"");
        assertThat(notModified.status()).isEqualTo(304);
    }

    @Test
    void enteringAStageConsumesTheMaterialsOfEveryStagePassedInOneGo() {
        UUID location = fixtures.stock.location();
        String shirt = fixtures.orders.stockItem(20);
        String fabric = fixtures.bom(shirt, "2", "cutting");
        String ink = fixtures.bom(shirt, "1", "printing");
        String thread = fixtures.bom(shirt, "1", "sewing");
        UUID fabricLevel = fixtures.stock.receive(fabric, location, 10);
        UUID inkLevel = fixtures.stock.receive(ink, location, 10);
        fixtures.stock.receive(thread, location, 10);
        String id = readyTask(Map.of("sku", shirt, "quantity", 3, "locationId", location))
                .get("id")
                .asString();

        JsonNode printing = fixtures.moved(id, "printing");

        assertThat(fixtures.stock.level(fabricLevel).onHand()).isEqualTo(4);
        assertThat(fixtures.stock.level(inkLevel).onHand()).isEqualTo(7);
        assertThat(fixtures.movements(id))
                .containsOnly(
                        Map.entry(fabric.toLowerCase() + ":production_consumption", -6),
                        Map.entry(ink.toLowerCase() + ":production_consumption", -3));
        assertThat(printing.get("materials")
                        .valueStream()
                        .filter(m -> !m.get("consumedAt").isNull())
                        .map(m -> m.get("stage").asString())
                        .toList())
                .containsExactly("cutting", "printing");
    }

    @Test
    void consumptionShortOfStockIsRefusedAndWritesNothing() {
        UUID location = fixtures.stock.location();
        String shirt = fixtures.orders.stockItem(20);
        String fabric = fixtures.bom(shirt, "2", "cutting");
        UUID level = fixtures.stock.receive(fabric, location, 5);
        String id = readyTask(Map.of("sku", shirt, "quantity", 3, "locationId", location))
                .get("id")
                .asString();
        int version = fixtures.task(id).get("version").asInt();

        assertCode(fixtures.move(id, "cutting"), 409, "insufficient_stock");

        JsonNode task = fixtures.task(id);
        assertThat(task.get("stage").asString()).isEqualTo("queued");
        assertThat(task.get("version").asInt()).isEqualTo(version);
        assertThat(task.get("startedAt").isNull()).isTrue();
        assertThat(task.get("materials").get(0).get("consumedAt").isNull()).isTrue();
        assertThat(task.get("transitions")).hasSize(1);
        assertThat(fixtures.stock.level(level).onHand()).isEqualTo(5);
        assertThat(fixtures.movements(id)).isEmpty();
    }

    @Test
    void materialsNeedALocation() {
        String shirt = fixtures.orders.stockItem(20);
        fixtures.bom(shirt, "1", "cutting");
        String id = readyTask(Map.of("sku", shirt, "quantity", 1)).get("id").asString();

        assertCode(fixtures.move(id, "cutting"), 422, "location_required");
    }

    @Test
    void aFinishedReplenishmentRunReceivesItsOutput() {
        UUID location = fixtures.stock.location();
        String shirt = fixtures.orders.stockItem(20);
        String id = readyTask(Map.of("sku", shirt, "quantity", 4, "locationId", location))
                .get("id")
                .asString();
        fixtures.moved(id, "qc");
        assertThat(fixtures.qc(id, true, 4, 0, null).status()).isEqualTo(201);

        JsonNode done = fixtures.moved(id, "done");

        assertThat(done.get("status").asString()).isEqualTo("done");
        assertThat(done.get("finishedAt").isNull()).isFalse();
        assertThat(fixtures.movements(id)).containsExactly(Map.entry(shirt.toLowerCase() + ":production_output", 4));
        assertCode(admin().put("/api/production/tasks/" + id, Map.of("notes", "late")), 409, "task_closed");
    }

    @Test
    void aReplenishmentRunCanBeCancelledOnceAndThenNeverChanges() {
        String id = readyTask(Map.of()).get("id").asString();

        Response cancelled = admin().put("/api/production/tasks/" + id, Map.of("status", "cancelled"));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("cancelled");
        JsonNode detail = fixtures.task(id);
        assertThat(detail.get("transitions").get(1).get("reason").asString()).isEqualTo("cancel");
        assertCode(fixtures.move(id, "cutting"), 409, "task_closed");
        assertCode(admin().put("/api/production/tasks/" + id, Map.of("status", "cancelled")), 409, "task_closed");
        assertCode(fixtures.qc(id, true, 1, 0, null), 409, "task_closed");
    }

    @Test
    void anOrderTaskRunsToDoneAndTheOrderBecomesReadyButCannotBeCancelledByHand() {
        String jersey = fixtures.orders.madeToOrder(40);
        JsonNode order = fixtures.orders.place(body(fixtures.orders.customer(), line(jersey, 2)));
        fixtures.orders.move(order, OrderStatus.CONFIRMED);
        String orderId = order.get("id").asString();
        Response listed = admin().get("/api/production/tasks?orderId=" + orderId);
        assertThat(listed.json().get("items")).hasSize(1);
        String id = listed.json().get("items").get(0).get("id").asString();

        assertCode(admin().put("/api/production/tasks/" + id, Map.of("status", "cancelled")), 409, "order_task");
        fixtures.approveDesign(id);
        fixtures.assign(id);
        assertThat(fixtures.task(id).get("designStatus").asString()).isEqualTo("approved");
        fixtures.moved(id, "sewing");
        fixtures.moved(id, "qc");
        assertThat(fixtures.qc(id, true, 2, 0, null).status()).isEqualTo(201);
        JsonNode done = fixtures.moved(id, "done");

        assertThat(done.get("status").asString()).isEqualTo("done");
        assertThat(admin().get("/api/orders/" + orderId).json().get("status").asString())
                .isEqualTo("ready");
        assertThat(fixtures.movements(id)).isEmpty();
    }

    @Test
    void theListFiltersPagesNewestFirstAndLoadsMaterialsForTheWholePageAtOnce() {
        String shirt = fixtures.orders.stockItem(20);
        fixtures.bom(shirt, "1", "cutting");
        fixtures.bom(shirt, "2", "sewing");
        UUID maker = fixtures.manufacturer();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = fixtures.create(Map.of("sku", shirt, "quantity", 1))
                    .get("id")
                    .asString();
            jdbc.sql("UPDATE production_tasks SET manufacturer_id = :m WHERE id = :id")
                    .param("m", maker)
                    .param("id", UUID.fromString(id))
                    .update();
            ids.add(0, id);
        }

        Response first = list("manufacturerId=" + maker + "&limit=2", "list-two");
        assertThat(first.json().get("items").valueStream().map(t -> t.get("id").asString()))
                .containsExactly(ids.get(0), ids.get(1));
        assertThat(first.json().get("items").get(0).get("materials")).hasSize(2);
        Response rest = list(
                "manufacturerId=" + maker + "&cursor="
                        + first.json().get("nextCursor").asString(),
                "list-rest");
        assertThat(rest.json().get("items").valueStream().map(t -> t.get("id").asString()))
                .containsExactly(ids.get(2));
        assertThat(rest.json().get("nextCursor").isNull()).isTrue();
        assertThat(list("manufacturerId=" + maker + "&stage=queued&status=open", "list-all")
                        .json()
                        .get("items"))
                .hasSize(3);
        assertThat(list("manufacturerId=" + maker + "&stage=cutting", "list-none")
                        .json()
                        .get("items"))
                .isEmpty();
        // one statement for the page and one for its materials, whatever the page size
        assertThat(statements.statementsOf(requestIds.get("list-all")))
                .isEqualTo(statements.statementsOf(requestIds.get("list-rest")));
    }

    private final Map<String, String> requestIds = new java.util.HashMap<>();

    @Test
    void theListSearchesNumberItemNameAndSkuInAnyCaseWithWildcardsTakenLiterally() {
        UUID maker = fixtures.manufacturer();
        String sku = fixtures.orders.stockItem(20);
        JsonNode task = fixtures.create(Map.of("sku", sku, "quantity", 2));
        JsonNode other = fixtures.create(Map.of("sku", fixtures.orders.stockItem(20), "quantity", 2));
        for (JsonNode t : List.of(task, other)) {
            jdbc.sql("UPDATE production_tasks SET manufacturer_id = :m WHERE id = :id")
                    .param("m", maker)
                    .param("id", UUID.fromString(t.get("id").asString()))
                    .update();
        }
        String base = "/api/production/tasks?manufacturerId=" + maker + "&q=";

        assertThat(ids(admin().get(base + sku.substring(4).toLowerCase())))
                .containsExactly(task.get("id").asString());
        assertThat(ids(admin().get(base + task.get("number").asString())))
                .containsExactly(task.get("id").asString());
        assertThat(ids(admin().get(base + "item%20"))).hasSize(2);
        assertThat(ids(admin().get(base + "%25"))).isEmpty();
        assertThat(ids(admin().get(base + "%20%20"))).hasSize(2);
    }

    private static List<String> ids(Response listed) {
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        return listed.json()
                .get("items")
                .valueStream()
                .map(n -> n.get("id").asString())
                .toList();
    }

    private Response list(String query, String name) {
        String requestId = unique(name);
        requestIds.put(name, requestId);
        Response response = admin().get("/api/production/tasks?" + query, "X-Request-Id", requestId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    @Test
    void productionNeedsASignedInUser() {
        assertThat(anonymous().get("/api/production/tasks").status()).isEqualTo(401);
    }

    /** A replenishment run (fields merged over a fresh stock item, quantity 2) with a manufacturer assigned. */
    private JsonNode readyTask(Map<String, Object> fields) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("sku", fixtures.orders.stockItem(20), "quantity", 2));
        body.putAll(fields);
        JsonNode task = fixtures.create(body);
        fixtures.assign(task.get("id").asString());
        return task;
    }

    private String designTask() {
        UUID id = dev.shopfloor.platform.Ids.newId();
        jdbc.sql("INSERT INTO design_tasks (id, title) VALUES (:id, 'Logo')")
                .param("id", id)
                .update();
        return id.toString();
    }

    private static List<String> materials(JsonNode task) {
        return task.get("materials")
                .valueStream()
                .map(m -> m.get("materialSku").asString() + "@" + m.get("stage").asString() + "="
                        + m.get("quantity").asInt())
                .toList();
    }

    private static void assertCode(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.code()).as(response.toString()).isEqualTo(code);
    }
}
