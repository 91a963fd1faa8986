package dev.shopfloor.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.partners.Vendors;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class PurchaseOrdersIntegrationTests extends IntegrationTest {

    private static final String BASE = "/api/inventory/purchase-orders";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Vendors vendors;

    ReorderFixtures fixtures;
    UUID vendor;
    UUID location;
    String shorts;
    String socks;

    @BeforeEach
    void fixtures() {
        fixtures = new ReorderFixtures(jdbc, admin(), vendors);
        vendor = fixtures.vendor();
        location = fixtures.location();
        shorts = fixtures.item(vendor);
        socks = fixtures.item(vendor);
    }

    @Test
    void createsADraftWithItsLinesAndTheItemsVendorAndCurrency() {
        Response created = admin().post(BASE, order(line(shorts, 10, 4.25), line(socks, 5, null)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(BASE + "/" + created.id());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        JsonNode body = created.json();
        assertThat(body.get("number").asString()).startsWith("PO-");
        assertThat(body.get("status").asString()).isEqualTo("draft");
        assertThat(body.get("automatic").asBoolean()).isFalse();
        assertThat(body.get("vendorId").asString()).isEqualTo(vendor.toString());
        assertThat(body.get("currency").asString()).isEqualTo("EUR");
        assertThat(body.get("lines")).hasSize(2);
        JsonNode first = line(body, shorts);
        assertThat(first.get("quantity").asInt()).isEqualTo(10);
        assertThat(first.get("receivedQuantity").asInt()).isZero();
        assertThat(first.get("outstandingQuantity").asInt()).isEqualTo(10);
        assertThat(first.get("unitCost").decimalValue()).isEqualByComparingTo("4.25");
        assertThat(line(body, socks).get("unitCost").isNull()).isTrue();

        Response read = admin().get(BASE + "/" + created.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(body);
        assertThat(admin().get(BASE + "/" + created.id(), "If-None-Match", "\"1\"")
                        .status())
                .isEqualTo(304);
        assertThat(admin().get(BASE + "/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void refusesWhatDoesNotExistAndWritesNothing() {
        Response unknownSku = admin().post(BASE, order(line(shorts, 1, null), line("NO-SUCH-" + shorts, 1, null)));
        assertThat(unknownSku.status()).isEqualTo(422);
        assertThat(unknownSku.code()).isEqualTo("unknown_sku");

        Response unknownLocation = admin().post(
                        BASE,
                        Map.of("locationId", UUID.randomUUID().toString(), "lines", List.of(line(shorts, 1, null))));
        assertThat(unknownLocation.status()).isEqualTo(422);
        assertThat(unknownLocation.code()).isEqualTo("unknown_location");

        Response unknownVendor = admin().post(
                        BASE,
                        Map.of(
                                "vendorId", UUID.randomUUID().toString(),
                                "locationId", location.toString(),
                                "lines", List.of(line(shorts, 1, null))));
        assertThat(unknownVendor.status()).isEqualTo(422);
        assertThat(unknownVendor.code()).isEqualTo("unknown_vendor");

        Response twice = admin().post(BASE, order(line(shorts, 1, null), line(shorts.toLowerCase(), 2, null)));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.code()).isEqualTo("duplicate_line");

        Response noLines = admin().post(BASE, Map.of("locationId", location.toString(), "lines", List.of()));
        assertThat(noLines.status()).isEqualTo(400);
        Response negative = admin().post(BASE, order(line(shorts, -1, null)));
        assertThat(negative.status()).isEqualTo(400);

        assertThat(list("locationId=" + location)).isEmpty();
    }

    @Test
    void listFiltersByStatusVendorAndLocationAndPages() {
        UUID otherLocation = fixtures.location();
        String draft = admin().post(BASE, order(line(shorts, 1, null))).id();
        String ordered = admin().post(BASE, order(line(socks, 2, null))).id();
        status(ordered, "ordered", 200);
        String elsewhere = admin().post(
                        BASE, Map.of("locationId", otherLocation.toString(), "lines", List.of(line(shorts, 3, null))))
                .id();

        assertThat(ids(list("vendorId=" + vendor))).containsExactly(elsewhere, ordered, draft);
        assertThat(ids(list("vendorId=" + vendor + "&status=draft"))).containsExactly(elsewhere, draft);
        assertThat(ids(list("vendorId=" + vendor + "&status=ordered"))).containsExactly(ordered);
        assertThat(ids(list("locationId=" + location))).containsExactly(ordered, draft);
        assertThat(ids(list("locationId=" + otherLocation))).containsExactly(elsewhere);
        assertThat(list("locationId=" + otherLocation).getFirst().get("lines")).hasSize(1);

        Response page = admin().get(BASE + "?vendorId=" + vendor + "&limit=2");
        assertThat(page.json().get("items")).hasSize(2);
        Response rest = admin().get(BASE + "?vendorId=" + vendor + "&limit=2&cursor="
                + page.json().get("nextCursor").asString());
        assertThat(ids(rest.json().get("items").valueStream().toList())).containsExactly(draft);

        Response bad = admin().get(BASE + "?status=shipped");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("invalid_status");
    }

    @Test
    void editsADraftsLinesKeepingTheIdsOfSkusThatStay() {
        String expected = "2026-12-01";
        Response created = admin().post(BASE, order(line(shorts, 10, 4.25), line(socks, 5, null)));
        String id = created.id();
        String shortsLine = line(created.json(), shorts).get("id").asString();
        String third = fixtures.item(vendor);

        Response edited = admin().put(
                        BASE + "/" + id,
                        Map.of(
                                "notes",
                                "call before delivery",
                                "expectedAt",
                                expected,
                                "lines",
                                List.of(line(shorts, 12, 4.00), line(third, 1, null)),
                                "version",
                                1));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.header("ETag")).isEqualTo("\"2\"");
        JsonNode body = edited.json();
        assertThat(body.get("notes").asString()).isEqualTo("call before delivery");
        assertThat(body.get("expectedAt").asString()).isEqualTo(expected);
        assertThat(body.get("lines")).hasSize(2);
        assertThat(line(body, shorts).get("id").asString()).isEqualTo(shortsLine);
        assertThat(line(body, shorts).get("quantity").asInt()).isEqualTo(12);
        assertThat(line(body, third).get("quantity").asInt()).isEqualTo(1);

        Response stale = admin().put(BASE + "/" + id, Map.of("notes", "x", "version", 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("version_conflict");
        Response staleIfMatch = admin().put(BASE + "/" + id, Map.of("notes", "x"), "If-Match", "\"1\"");
        assertThat(staleIfMatch.status()).isEqualTo(412);

        Response notesOnly = admin().put(BASE + "/" + id, Map.of("notes", "keep lines"), "If-Match", "\"2\"");
        assertThat(notesOnly.status()).isEqualTo(200);
        assertThat(notesOnly.json().get("lines")).hasSize(2);
        assertThat(notesOnly.json().get("version").asInt()).isEqualTo(3);

        status(id, "ordered", 200);
        Response notDraft = admin().put(BASE + "/" + id, Map.of("notes", "too late"));
        assertThat(notDraft.status()).isEqualTo(422);
        assertThat(notDraft.code()).isEqualTo("not_draft");
    }

    @Test
    void statusFollowsTheTransitionTable() {
        String cancelledDraft = admin().post(BASE, order(line(shorts, 1, null))).id();
        status(cancelledDraft, "cancelled", 200);
        assertThat(status(cancelledDraft, "ordered", 422).code()).isEqualTo("invalid_transition");
        assertThat(status(cancelledDraft, "draft", 422).code()).isEqualTo("invalid_transition");

        String id = admin().post(BASE, order(line(shorts, 4, null))).id();
        assertThat(status(id, "received", 422).code())
                .as("receiving is not a status change")
                .isEqualTo("invalid_transition");
        assertThat(status(id, "draft", 422).code()).isEqualTo("invalid_transition");
        Response ordered = status(id, "ordered", 200);
        assertThat(ordered.json().get("status").asString()).isEqualTo("ordered");
        assertThat(status(id, "draft", 422).code()).isEqualTo("invalid_transition");
        assertThat(status(id, "ordered", 422).code()).isEqualTo("invalid_transition");
        assertThat(status(id, "partially_received", 422).code()).isEqualTo("invalid_transition");

        admin().post(BASE + "/" + id + "/receive", Map.of("lines", List.of(Map.of("sku", shorts, "quantity", 1))));
        assertThat(status(id, "ordered", 422).code()).isEqualTo("invalid_transition");
        assertThat(status(id, "cancelled", 200).json().get("status").asString()).isEqualTo("cancelled");

        String received = admin().post(BASE, order(line(socks, 2, null))).id();
        status(received, "ordered", 200);
        admin().post(BASE + "/" + received + "/receive", null);
        assertThat(status(received, "cancelled", 422).code()).isEqualTo("invalid_transition");

        Response unknown = status(id, "lost", 400);
        assertThat(unknown.code()).isEqualTo("invalid_status");
        Response staleVersion =
                admin().put(BASE + "/" + received + "/status", Map.of("status", "cancelled", "version", 1));
        assertThat(staleVersion.status()).isEqualTo(409);
        assertThat(as(Role.STAFF)
                        .put(BASE + "/" + received + "/status", Map.of("status", "cancelled"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void receivingWritesReceiptMovementsAndMovesOnHandIncomingAndStatus() {
        UUID shortsLevel = fixtures.level(shorts, location, 2, 0, 0);
        String id = admin().post(BASE, order(line(shorts, 10, null), line(socks, 4, null)))
                .id();
        assertThat(fixtures.incoming(shortsLevel)).as("a draft is not incoming").isZero();
        status(id, "ordered", 200);
        assertThat(fixtures.incoming(shortsLevel)).isEqualTo(10);

        Response partial = admin().post(
                        BASE + "/" + id + "/receive",
                        Map.of("lines", List.of(Map.of("sku", shorts.toLowerCase(), "quantity", 6))));
        assertThat(partial.status()).as(partial.toString()).isEqualTo(200);
        assertThat(partial.json().get("status").asString()).isEqualTo("partially_received");
        assertThat(line(partial.json(), shorts).get("receivedQuantity").asInt()).isEqualTo(6);
        assertThat(line(partial.json(), shorts).get("outstandingQuantity").asInt())
                .isEqualTo(4);
        assertThat(fixtures.stock(shortsLevel).onHand()).isEqualTo(8);
        assertThat(fixtures.incoming(shortsLevel)).isEqualTo(4);

        String socksLine = line(partial.json(), socks).get("id").asString();
        Response over = admin().post(
                        BASE + "/" + id + "/receive",
                        Map.of(
                                "lines",
                                List.of(
                                        Map.of("sku", shorts, "quantity", 3),
                                        Map.of("lineId", socksLine, "quantity", 5))));
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.code()).isEqualTo("over_receipt");
        assertThat(fixtures.stock(shortsLevel).onHand()).as("nothing written").isEqualTo(8);

        Response unknownLine = admin().post(
                        BASE + "/" + id + "/receive",
                        Map.of(
                                "lines",
                                List.of(Map.of("lineId", UUID.randomUUID().toString(), "quantity", 1))));
        assertThat(unknownLine.status()).isEqualTo(422);
        assertThat(unknownLine.code()).isEqualTo("unknown_line");
        assertThat(admin().post(BASE + "/" + id + "/receive", Map.of("lines", List.of(Map.of("quantity", 1))))
                        .status())
                .as("a line needs a lineId or a sku")
                .isEqualTo(400);

        Response rest = admin().post(BASE + "/" + id + "/receive", null);
        assertThat(rest.status()).as(rest.toString()).isEqualTo(200);
        assertThat(rest.json().get("status").asString()).isEqualTo("received");
        assertThat(rest.json()
                        .get("lines")
                        .valueStream()
                        .map(l -> l.get("outstandingQuantity").asInt()))
                .containsOnly(0);
        assertThat(fixtures.stock(shortsLevel).onHand()).isEqualTo(12);
        assertThat(fixtures.incoming(shortsLevel)).isZero();
        UUID socksLevel = fixtures.levelOf(socks, location);
        assertThat(fixtures.stock(socksLevel).onHand())
                .as("the receipt created the level")
                .isEqualTo(4);

        List<Map<String, Object>> movements =
                jdbc.sql("""
                        SELECT kind, quantity, reference, level_id
                        FROM stock_movements
                        WHERE reference_id = :id
                        ORDER BY id
                        """).param("id", UUID.fromString(id)).query().listOfRows();
        assertThat(movements).extracting(m -> m.get("kind")).containsOnly("receipt");
        assertThat(movements).extracting(m -> m.get("quantity")).containsExactly(6, 4, 4);
        assertThat(movements)
                .extracting(m -> m.get("reference"))
                .containsOnly(rest.json().get("number").asString());

        Response again = admin().post(BASE + "/" + id + "/receive", null);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.code()).isEqualTo("invalid_transition");
    }

    @Test
    void aDraftCannotBeReceivedAndReceivingResolvesTheAlert() {
        UUID level = fixtures.level(shorts, location, 3, 5, 0);
        assertThat(admin().get("/api/inventory/alerts?sku=" + shorts).json().get("items"))
                .hasSize(1);
        String id = admin().post(BASE, order(line(shorts, 10, null))).id();
        Response draft = admin().post(BASE + "/" + id + "/receive", null);
        assertThat(draft.status()).isEqualTo(422);
        assertThat(draft.code()).isEqualTo("invalid_transition");

        status(id, "ordered", 200);
        assertThat(admin().post(BASE + "/" + id + "/receive", Map.of()).status())
                .isEqualTo(200);
        assertThat(fixtures.stock(level).onHand()).isEqualTo(13);
        assertThat(admin().get("/api/inventory/alerts?sku=" + shorts).json().get("items"))
                .isEmpty();
    }

    @Test
    void keepsTheHistoryOfAPurchaseOrder() {
        String id = admin().post(BASE, order(line(shorts, 2, null))).id();
        status(id, "ordered", 200);
        admin().post(BASE + "/" + id + "/receive", null);

        Response history = as(Role.VIEWER).get(BASE + "/" + id + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        List<JsonNode> items = history.json().get("items").valueStream().toList();
        assertThat(items).extracting(i -> i.get("op").asString()).containsExactly("update", "update", "insert");
        assertThat(items.getFirst()
                        .get("changes")
                        .valueStream()
                        .filter(c -> c.get("field").asString().equals("status"))
                        .map(c -> c.get("newValue").asString()))
                .containsExactly("received");
        assertThat(as(Role.VENDOR, vendor).get(BASE + "/" + id + "/history").status())
                .isEqualTo(403);
    }

    private Map<String, Object> order(Map<String, Object>... lines) {
        return Map.of("locationId", location.toString(), "lines", List.of(lines));
    }

    private static Map<String, Object> line(String sku, int quantity, Double unitCost) {
        return unitCost == null
                ? Map.of("sku", sku, "quantity", quantity)
                : Map.of("sku", sku, "quantity", quantity, "unitCost", unitCost);
    }

    private static JsonNode line(JsonNode order, String sku) {
        return order.get("lines")
                .valueStream()
                .filter(l -> l.get("sku").asString().equals(sku))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line " + sku + " in " + order));
    }

    private Response status(String id, String status, int expected) {
        Response response = admin().put(BASE + "/" + id + "/status", Map.of("status", status));
        assertThat(response.status()).as(status + ": " + response).isEqualTo(expected);
        return response;
    }

    private List<JsonNode> list(String query) {
        Response response = admin().get(BASE + "?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items").valueStream().toList();
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(i -> i.get("id").asString()).toList();
    }
}
