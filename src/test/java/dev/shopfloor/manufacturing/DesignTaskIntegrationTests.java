package dev.shopfloor.manufacturing;

import static dev.shopfloor.manufacturing.DesignFixtures.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.partners.Vendors;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import dev.shopfloor.testing.SyncClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class DesignTaskIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Vendors vendors;

    @Test
    void createsADesignForAnOrderLineWithTheOrdersCustomer() {
        DesignFixtures fixtures = new DesignFixtures(admin());
        UUID customer = fixtures.customer();
        JsonNode order = fixtures.draftOrder(customer);
        String lineId = order.get("items").get(0).get("id").asString();
        UUID designer = designer();
        Map<String, Object> body = design(unique("Crest"));
        body.put("orderId", order.get("id").asString());
        body.put("orderItemId", lineId);
        body.put("designerId", designer);
        body.put("dueDate", "2026-12-24");

        Response created = admin().post("/api/design/tasks", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/design/tasks/" + created.id());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        JsonNode json = created.json();
        assertThat(json.get("number").asString()).startsWith("DT-");
        assertThat(json.get("status").asString()).isEqualTo("draft");
        assertThat(json.get("customerId").asString()).isEqualTo(customer.toString());
        assertThat(json.get("orderItemId").asString()).isEqualTo(lineId);
        assertThat(json.get("designerId").asString()).isEqualTo(designer.toString());
        assertThat(json.get("dueDate").asString()).isEqualTo("2026-12-24");
        assertThat(json.get("approvedAt").isNull()).isTrue();

        Response read = admin().get("/api/design/tasks/" + created.id());
        assertThat(read.json()).isEqualTo(json);
        assertThat(admin().get("/api/design/tasks/" + created.id(), "If-None-Match", "\"1\"")
                        .status())
                .isEqualTo(304);

        Response again = admin().post("/api/design/tasks", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("duplicate_design");
    }

    @Test
    void refusesUnknownReferencesWithoutWritingAnything() {
        DesignFixtures fixtures = new DesignFixtures(admin());
        JsonNode order = fixtures.draftOrder(fixtures.customer());
        JsonNode otherOrder = fixtures.draftOrder(fixtures.customer());
        String title = unique("Refused");

        assertThat(refusal(Map.of("title", title, "orderId", Ids.newId()))).isEqualTo("unknown_order");
        assertThat(refusal(Map.of(
                        "title",
                        title,
                        "orderId",
                        order.get("id").asString(),
                        "orderItemId",
                        otherOrder.get("items").get(0).get("id").asString())))
                .isEqualTo("unknown_order_item");
        assertThat(refusal(Map.of(
                        "title",
                        title,
                        "orderItemId",
                        order.get("items").get(0).get("id").asString())))
                .isEqualTo("unknown_order_item");
        assertThat(refusal(Map.of("title", title, "customerId", Ids.newId()))).isEqualTo("unknown_customer");
        assertThat(refusal(Map.of("title", title, "designerId", Ids.newId()))).isEqualTo("unknown_user");
        Response blank = admin().post("/api/design/tasks", Map.of("title", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.code()).isEqualTo("validation_failed");
        Response badDate = admin().post("/api/design/tasks", Map.of("title", title, "dueDate", "soon"));
        assertThat(badDate.status()).isEqualTo(400);

        assertThat(jdbc.sql("SELECT count(*) FROM design_tasks WHERE title = ?")
                        .param(title)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void walksTheWholeWorkflowAndRecordsTheApproval() {
        Api staff = as(Role.STAFF);
        String id = staff.post("/api/design/tasks", design(unique("Workflow"))).id();

        JsonNode refused = status(staff, id, Map.of("status", "approved", "approvedBy", "Ann"), 422);
        assertThat(refused.get("code").asString()).isEqualTo("invalid_transition");
        assertThat(refused.get("allowed").toString()).isEqualTo("[\"in_progress\"]");

        status(staff, id, Map.of("status", "in_progress"), 200);
        assertThat(status(staff, id, Map.of("status", "draft"), 422)
                        .get("allowed")
                        .toString())
                .isEqualTo("[\"in_review\"]");
        status(staff, id, Map.of("status", "in_review"), 200);
        JsonNode changes =
                status(staff, id, Map.of("status", "changes_requested", "note", "crest larger, gold not yellow"), 200);
        assertThat(changes.get("statusNote").asString()).isEqualTo("crest larger, gold not yellow");
        assertThat(status(staff, id, Map.of("status", "in_review"), 422)
                        .get("allowed")
                        .toString())
                .isEqualTo("[\"in_progress\"]");
        status(staff, id, Map.of("status", "in_progress"), 200);
        assertThat(status(staff, id, Map.of("status", "in_review", "version", 1), 409)
                        .get("code")
                        .asString())
                .isEqualTo("version_conflict");
        JsonNode inReview = status(staff, id, Map.of("status", "in_review"), 200);
        assertThat(inReview.get("version").asInt()).isEqualTo(6);

        JsonNode unapproved = status(staff, id, Map.of("status", "approved"), 422);
        assertThat(unapproved.get("code").asString()).isEqualTo("approval_required");
        assertThat(admin().get("/api/design/tasks/" + id).json().get("status").asString())
                .isEqualTo("in_review");

        Instant before = Instant.now().minusSeconds(5);
        Response approved = staff.put(
                "/api/design/tasks/" + id + "/status",
                Map.of("status", "approved", "approvedBy", "Ann Customer", "note", "signed off by email"),
                "If-Match",
                "\"6\"");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.header("ETag")).isEqualTo("\"7\"");
        JsonNode json = approved.json();
        assertThat(json.get("status").asString()).isEqualTo("approved");
        assertThat(json.get("approvedBy").asString()).isEqualTo("Ann Customer");
        assertThat(json.get("approvalRecordedBy").asString())
                .isEqualTo(DesignFixtures.userId(staff).toString());
        assertThat(Instant.parse(json.get("approvedAt").asString())).isAfter(before);
        assertThat(json.get("statusNote").asString()).isEqualTo("signed off by email");

        JsonNode after = status(staff, id, Map.of("status", "in_progress"), 422);
        assertThat(after.get("allowed").toString()).isEqualTo("[]");
        assertThat(status(staff, id, Map.of("status", "finished"), 400)
                        .get("code")
                        .asString())
                .isEqualTo("invalid_status");

        Response history = staff.get("/api/design/tasks/" + id + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.json().get("items").size()).isEqualTo(7);

        Response rebriefed =
                staff.put("/api/design/tasks/" + id, Map.of("title", "Home kit", "brief", "make it blue after all"));
        assertThat(rebriefed.status()).as(rebriefed.toString()).isEqualTo(409);
        assertThat(rebriefed.code()).isEqualTo("design_approved");
        Response renamed = staff.put(
                "/api/design/tasks/" + id,
                Map.of("title", "Home kit 2027", "brief", "club crest on the chest, navy and gold"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    }

    @Test
    void updatesFiltersAndDeletes() {
        UUID designer = designer();
        String title = unique("Editable");
        String id = admin().post("/api/design/tasks", design(title)).id();
        Map<String, Object> change = new HashMap<>(
                Map.of("title", title + " v2", "designerId", designer, "dueDate", "2031-01-15", "version", 1));

        Response updated = admin().put("/api/design/tasks/" + id, change);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("title").asString()).isEqualTo(title + " v2");
        assertThat(updated.json().get("designerId").asString()).isEqualTo(designer.toString());
        assertThat(updated.json().get("brief").isNull()).isTrue();
        assertThat(admin().put("/api/design/tasks/" + id, change).code()).isEqualTo("version_conflict");
        change.remove("version");
        assertThat(admin().put("/api/design/tasks/" + id, change, "If-Match", "\"1\"")
                        .status())
                .isEqualTo(412);
        change.put("designerId", Ids.newId());
        assertThat(admin().put("/api/design/tasks/" + id, change).code()).isEqualTo("unknown_user");

        String other = admin().post("/api/design/tasks", Map.of("title", unique("Other"), "designerId", designer))
                .id();
        status(admin(), other, Map.of("status", "in_progress"), 200);
        assertThat(ids("/api/design/tasks?designerId=" + designer)).containsExactly(other, id);
        assertThat(ids("/api/design/tasks?designerId=" + designer + "&status=in_progress"))
                .containsExactly(other);
        assertThat(ids("/api/design/tasks?designerId=" + designer + "&dueBefore=2031-01-16"))
                .containsExactly(id);
        assertThat(ids("/api/design/tasks?designerId=" + designer + "&dueBefore=2031-01-15"))
                .isEmpty();
        assertThat(admin().get("/api/design/tasks?status=nope").code()).isEqualTo("invalid_status");

        Response inUse = admin().delete("/api/design/tasks/" + other);
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.code()).isEqualTo("design_in_use");
        assertThat(admin().delete("/api/design/tasks/" + id, "If-Match", "\"1\"")
                        .status())
                .isEqualTo(412);
        assertThat(admin().delete("/api/design/tasks/" + id, "If-Match", "\"2\"")
                        .status())
                .isEqualTo(204);
        assertThat(admin().get("/api/design/tasks/" + id).status()).isEqualTo(404);
    }

    @Test
    void aDraftThatAProductionTaskRefersToIsNotDeleted() {
        DesignFixtures fixtures = new DesignFixtures(admin());
        JsonNode order = fixtures.draftOrder(fixtures.customer());
        String orderId = order.get("id").asString();
        for (String next : List.of("pending", "confirmed")) {
            Response moved = admin().put("/api/orders/" + orderId + "/status", Map.of("status", next));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        }
        // A confirmed order with a made-to-order line goes into production by itself, with a design task per line.
        assertThat(admin().get("/api/orders/" + orderId).json().get("status").asString())
                .isEqualTo("in_production");
        JsonNode designs =
                admin().get("/api/design/tasks?orderId=" + orderId).json().get("items");
        assertThat(designs.size()).isEqualTo(1);
        JsonNode made = designs.get(0);
        assertThat(made.get("status").asString()).isEqualTo("draft");

        Response refused = admin().delete("/api/design/tasks/" + made.get("id").asString());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("design_in_use");
        assertThat(admin().get("/api/design/tasks/" + made.get("id").asString()).status())
                .isEqualTo(200);
    }

    @Test
    void staffReadAndWriteVendorsSeeNothingViewersOnlyRead() {
        String id = admin().post("/api/design/tasks", design(unique("Roles"))).id();
        Api viewer = as(Role.VIEWER);
        assertThat(viewer.get("/api/design/tasks/" + id).status()).isEqualTo(200);
        assertThat(viewer.get("/api/design/tasks").status()).isEqualTo(200);
        assertThat(viewer.post("/api/design/tasks", design(unique("Viewer"))).status())
                .isEqualTo(403);
        assertThat(viewer.put("/api/design/tasks/" + id + "/status", Map.of("status", "in_progress"))
                        .status())
                .isEqualTo(403);
        Api vendor = as(Role.VENDOR, DesignFixtures.vendor(vendors));
        assertThat(vendor.get("/api/design/tasks/" + id).status()).isEqualTo(403);
        assertThat(vendor.get("/api/design/tasks").status()).isEqualTo(403);
        assertThat(as(Role.STAFF)
                        .post("/api/design/tasks", design(unique("Staff")))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aNewDesignTaskArrivesOnTheLiveSyncWebSocket() throws Exception {
        try (SyncClient sync = SyncClient.connect(port, admin().token())) {
            sync.subscribe(Map.of("topics", List.of("design_tasks")));
            String id =
                    admin().post("/api/design/tasks", design(unique("Synced"))).id();
            JsonNode event = sync.awaitEvents(e -> e.path("id").asString("").equals(id), 1)
                    .getFirst();
            assertThat(event.get("topic").asString()).isEqualTo("design_tasks");
            assertThat(event.get("op").asString()).isEqualTo("insert");
            assertThat(event.get("data").get("status").asString()).isEqualTo("draft");
        }
    }

    private UUID designer() {
        String email = unique("designer") + "@test.local";
        return CurrentActor.runAs(
                Actor.system("test"), () -> users.create(email, "password-designer", Role.STAFF, null, List.of()));
    }

    private JsonNode status(Api api, String id, Map<String, Object> body, int expected) {
        Response response = api.put("/api/design/tasks/" + id + "/status", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        return response.json();
    }

    private String refusal(Map<String, Object> body) {
        Response response = admin().post("/api/design/tasks", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        return response.code();
    }

    private List<String> ids(String path) {
        Response list = admin().get(path);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(m -> ids.add(m.get("id").asString()));
        return ids;
    }
}
