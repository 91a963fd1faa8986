package dev.shopfloor.manufacturing;

import static dev.shopfloor.orders.OrderFixtures.body;
import static dev.shopfloor.orders.OrderFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.inventory.StockFixtures;
import dev.shopfloor.orders.OrderFixtures;
import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import dev.shopfloor.testing.SyncClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The whole made-to-order path over HTTP, as the issue asks for it: an order with a made-to-order line is confirmed,
 * its production task appears (and arrives on the live-sync WebSocket), its design is approved, it is assigned,
 * advanced through the stages consuming materials, fails QC and is reworked, passes, is done; the order becomes
 * ready and ships.
 */
class MadeToOrderEndToEndIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCustomJerseyGoesFromOrderToShipment() {
        Api admin = admin();
        OrderFixtures orders = new OrderFixtures(admin);
        StockFixtures stock = new StockFixtures(jdbc);
        String jersey = orders.madeToOrder(45);
        String fabric = orders.stockItem(6);
        String ink = orders.stockItem(2);
        UUID workshop = stock.location();
        UUID fabricLevel = stock.receive(fabric, workshop, 20);
        UUID inkLevel = stock.receive(ink, workshop, 10);
        String jerseyItem =
                admin.get("/api/catalog?q=" + jersey).json().at("/items/0/id").asString();
        Response bom = admin.put(
                "/api/production/boms/" + jerseyItem,
                Map.of(
                        "lines",
                        List.of(
                                Map.of("materialSku", fabric, "quantityPerUnit", 1.5, "stage", "cutting"),
                                Map.of("materialSku", ink, "quantityPerUnit", 1, "stage", "printing"))));
        assertThat(bom.status()).as(bom.toString()).isEqualTo(200);
        Response manufacturer = admin.post(
                "/api/manufacturers",
                Map.of(
                        "name",
                        unique("Line"),
                        "kind",
                        "in_house",
                        "capacityPerDay",
                        50,
                        "leadTimeDays",
                        0,
                        "locationId",
                        workshop));
        assertThat(manufacturer.status()).as(manufacturer.toString()).isEqualTo(201);

        try (SyncClient sync = SyncClient.connect(port, admin.token())) {
            sync.subscribe(Map.of("topics", List.of("production_tasks")));

            JsonNode order = orders.place(body(orders.customer(), line(jersey, 4)));
            String orderId = order.get("id").asString();
            assertThat(orders.move(order, OrderStatus.CONFIRMED).get("status").asString())
                    .isEqualTo("in_production");

            JsonNode event = sync.awaitEvents(
                            e -> e.get("topic").asString().equals("production_tasks")
                                    && orderId.equals(e.at("/data/orderId").asString()),
                            1)
                    .getFirst();
            assertThat(event.get("op").asString()).isEqualTo("insert");
            String taskId = event.get("id").asString();
            String task = "/api/production/tasks/" + taskId;
            JsonNode created = admin.get(task).json();
            assertThat(created.get("stage").asString()).isEqualTo("queued");
            assertThat(created.get("quantity").asInt()).isEqualTo(4);
            String design = "/api/design/tasks/" + created.get("designTaskId").asString();

            Response early = move(admin, task, "cutting");
            assertThat(early.status()).as(early.toString()).isEqualTo(409);
            assertThat(early.code()).isEqualTo("design_not_approved");

            for (String status : List.of("in_progress", "in_review")) {
                assertThat(admin.put(design + "/status", Map.of("status", status))
                                .status())
                        .isEqualTo(200);
            }
            Response approved =
                    admin.put(design + "/status", Map.of("status", "approved", "approvedBy", "Coach Carter"));
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            assertThat(approved.json().get("approvedBy").asString()).isEqualTo("Coach Carter");

            Response unassigned = move(admin, task, "cutting");
            assertThat(unassigned.code()).as(unassigned.toString()).isEqualTo("not_assigned");
            Response assigned =
                    admin.post("/api/production/assign", Map.of("taskId", taskId, "manufacturerId", manufacturer.id()));
            assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);

            assertThat(move(admin, task, "cutting").status()).isEqualTo(200);
            // 1.5 m of fabric per jersey x 4 jerseys = 6 m taken when cutting starts.
            assertThat(stock.level(fabricLevel).onHand()).isEqualTo(14);
            assertThat(move(admin, task, "printing").status()).isEqualTo(200);
            assertThat(stock.level(inkLevel).onHand()).isEqualTo(6);
            assertThat(move(admin, task, "sewing").status()).isEqualTo(200);
            assertThat(move(admin, task, "qc").status()).isEqualTo(200);

            Response failed = admin.post(
                    task + "/qc",
                    Map.of(
                            "passed",
                            false,
                            "inspected",
                            4,
                            "failed",
                            1,
                            "notes",
                            "loose seam",
                            "reworkStage",
                            "sewing"));
            assertThat(failed.status()).as(failed.toString()).isEqualTo(201);
            JsonNode reworked = admin.get(task).json();
            assertThat(reworked.get("stage").asString()).isEqualTo("sewing");
            assertThat(reworked.get("reworkCount").asInt()).isEqualTo(1);
            assertThat(move(admin, task, "qc").status()).isEqualTo(200);
            Response passed = admin.post(task + "/qc", Map.of("passed", true, "inspected", 4, "failed", 0));
            assertThat(passed.status()).as(passed.toString()).isEqualTo(201);
            assertThat(admin.get(task).json().get("stage").asString()).isEqualTo("packing");
            assertThat(admin.get("/api/orders/" + orderId).json().get("status").asString())
                    .isEqualTo("in_production");

            Response done = move(admin, task, "done");
            assertThat(done.status()).as(done.toString()).isEqualTo(200);
            JsonNode finished = admin.get(task).json();
            assertThat(finished.get("status").asString()).isEqualTo("done");
            assertThat(finished.get("finishedAt").isNull()).isFalse();
            // Materials were taken once, not again on the rework.
            assertThat(stock.level(fabricLevel).onHand()).isEqualTo(14);
            assertThat(admin.get("/api/orders/" + orderId).json().get("status").asString())
                    .isEqualTo("ready");

            Response shipped = admin.post("/api/orders/" + orderId + "/shipments", Map.of("carrier", "DHL"));
            assertThat(shipped.status()).as(shipped.toString()).isEqualTo(201);
            assertThat(admin.get("/api/orders/" + orderId).json().get("status").asString())
                    .isEqualTo("shipped");
            assertThat(sync.awaitEvents(e -> taskId.equals(e.get("id").asString()), 2))
                    .extracting(e -> e.get("op").asString())
                    .startsWith("insert", "update");
        }
    }

    private static Response move(Api admin, String task, String stage) {
        return admin.put(task, Map.of("stage", stage));
    }
}
