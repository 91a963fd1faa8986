package dev.shopfloor.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.orders.OrderFixtures;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Production tasks, manufacturers and design tasks for the manufacturing page tests, made over HTTP as an admin. */
final class ManufacturingBrowserFixtures {

    private static final List<String> PRIORITIES = List.of("low", "normal", "high", "urgent");

    private final Api admin;
    private final OrderFixtures orders;
    private @Nullable String location;

    ManufacturingBrowserFixtures(Api admin) {
        this.admin = admin;
        this.orders = new OrderFixtures(admin);
    }

    String manufacturer(int capacityPerDay) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", IntegrationTest.unique("Maker"));
        body.put("kind", "in_house");
        body.put("capacityPerDay", capacityPerDay);
        body.put("leadTimeDays", 0);
        body.put("locationId", location());
        Response created = admin.post("/api/manufacturers", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    /** The workshop location of the manufacturers made here: tasks assigned to them draw and deliver there. */
    private String location() {
        if (location == null) {
            Response created = admin.post(
                    "/api/locations",
                    Map.of("code", IntegrationTest.unique("W").toUpperCase().replace("-", "_"), "name", "Workshop"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            location = created.id();
        }
        return location;
    }

    /** A replenishment run of a new made-to-order item (no BOM: no materials to consume) in the queue stage. */
    JsonNode task(int quantity, @Nullable String designTaskId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", orders.madeToOrder(20));
        body.put("quantity", quantity);
        body.put("priority", PRIORITIES.get(quantity % PRIORITIES.size())); // varied, for the screenshots
        body.put("dueDate", LocalDate.now().plusDays(14).toString());
        if (designTaskId != null) {
            body.put("designTaskId", designTaskId);
        }
        Response created = admin.post("/api/production/tasks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    /** A task assigned to the manufacturer (its window derived from today and capacity). */
    JsonNode assignedTask(int quantity, String manufacturerId) {
        JsonNode task = task(quantity, null);
        assign(task.get("id").asString(), manufacturerId, null, null);
        return task;
    }

    void assign(String taskId, String manufacturerId, @Nullable LocalDate start, @Nullable LocalDate end) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("taskId", taskId);
        body.put("manufacturerId", manufacturerId);
        if (start != null) {
            body.put("plannedStart", start.toString());
            body.put("plannedEnd", String.valueOf(end));
        }
        Response assigned = admin.post("/api/production/assign", body);
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    }

    String draftDesign() {
        Response created = admin.post("/api/design/tasks", Map.of("title", IntegrationTest.unique("Crest")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    JsonNode move(String taskId, String stage) {
        Response moved = admin.put("/api/production/tasks/" + taskId, Map.of("stage", stage));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        return moved.json();
    }

    void qc(String taskId, boolean passed, @Nullable String reworkStage) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("passed", passed);
        body.put("inspected", 10);
        body.put("failed", passed ? 0 : 3);
        if (reworkStage != null) {
            body.put("reworkStage", reworkStage);
        }
        Response checked = admin.post("/api/production/tasks/" + taskId + "/qc", body);
        assertThat(checked.status()).as(checked.toString()).isEqualTo(201);
    }

    /** Through QC (passed) and packing to done, with a cost line. */
    void finish(String taskId) {
        move(taskId, "qc");
        qc(taskId, true, null);
        move(taskId, "done");
        Response cost = admin.post(
                "/api/production/tasks/" + taskId + "/costs",
                Map.of("kind", "labour", "amount", 36.50, "currency", "EUR"));
        assertThat(cost.status()).as(cost.toString()).isEqualTo(201);
    }

    JsonNode task(String taskId) {
        Response read = admin.get("/api/production/tasks/" + taskId);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json();
    }

    /** A stock item to use as a material. */
    String materialSku() {
        return orders.stockItem(3);
    }

    /** Walks a design task through its workflow to {@code approved}. */
    void approveDesign(String designId) {
        for (String status : List.of("in_progress", "in_review", "approved")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            if (status.equals("approved")) {
                body.put("approvedBy", "Coach Rivera");
            }
            Response changed = admin.put("/api/design/tasks/" + designId + "/status", body);
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        }
    }

    /** Uploads a design file (multipart, as a browser would). */
    JsonNode upload(String designId, String fileName, byte[] content) {
        String boundary = "----shopfloor" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Response stored = admin.send(
                "POST",
                "/api/design/tasks/" + designId + "/files",
                out.toByteArray(),
                "Content-Type",
                "multipart/form-data; boundary=" + boundary);
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        return stored.json();
    }

    JsonNode files(String designId) {
        Response read = admin.get("/api/design/tasks/" + designId + "/files");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json().get("items");
    }

    JsonNode costs(String taskId) {
        Response read = admin.get("/api/production/tasks/" + taskId + "/costs");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json();
    }
}
