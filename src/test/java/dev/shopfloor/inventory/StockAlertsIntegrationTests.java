package dev.shopfloor.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.partners.Vendors;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class StockAlertsIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Vendors vendors;

    @Autowired
    Inventory inventory;

    ReorderFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReorderFixtures(jdbc, admin(), vendors);
    }

    @Test
    void reachingTheReorderPointRaisesOneAlertAndRecoveringResolvesIt() {
        String sku = fixtures.item(null);
        UUID location = fixtures.location();
        UUID level = fixtures.level(sku, location, 10, 4, 0);
        assertThat(alerts(sku, "any")).isEmpty();

        fixtures.take(level, 5);
        assertThat(alerts(sku, "any")).as("available 5 is still above 4").isEmpty();

        fixtures.take(level, 1);
        List<JsonNode> raised = alerts(sku, "open");
        assertThat(raised).hasSize(1);
        JsonNode alert = raised.getFirst();
        assertThat(alert.get("levelId").asString()).isEqualTo(level.toString());
        assertThat(alert.get("locationId").asString()).isEqualTo(location.toString());
        assertThat(alert.get("kind").asString()).isEqualTo("low_stock");
        assertThat(alert.get("available").asInt()).isEqualTo(4);
        assertThat(alert.get("reorderPoint").asInt()).isEqualTo(4);
        assertThat(alert.get("purchaseOrderId").isNull()).isTrue();
        assertThat(alert.get("resolvedAt").isNull()).isTrue();

        fixtures.take(level, 3);
        fixtures.take(level, 1);
        assertThat(alerts(sku, "any"))
                .as("falling further raises no second alert")
                .hasSize(1);

        fixtures.add(level, 4);
        assertThat(alerts(sku, "open"))
                .as("available 4 is not above the reorder point")
                .hasSize(1);
        fixtures.add(level, 1);
        assertThat(alerts(sku, "open")).isEmpty();
        List<JsonNode> resolved = alerts(sku, "resolved");
        assertThat(resolved).hasSize(1);
        assertThat(resolved.getFirst().get("id").asString())
                .isEqualTo(alert.get("id").asString());
        assertThat(resolved.getFirst().get("resolvedAt").isNull()).isFalse();
        assertThat(resolved.getFirst().get("version").asInt()).isEqualTo(2);

        fixtures.take(level, 1);
        assertThat(alerts(sku, "open")).as("falling again raises a new alert").hasSize(1);
        assertThat(alerts(sku, "any")).hasSize(2);
    }

    @Test
    void anOrderHoldCanRaiseTheAlertAndReleasingItResolvesIt() {
        String sku = fixtures.item(null);
        UUID location = fixtures.location();
        fixtures.level(sku, location, 8, 3, 0);
        StockOwner order = new StockOwner("order", Ids.newId(), "SO-TEST");

        CurrentActor.runAs(
                Actor.system("test"),
                () -> inventory.hold(order, List.of(new HoldLine(Ids.newId(), sku, 5)), location, null));
        List<JsonNode> raised = alerts(sku, "open");
        assertThat(raised).hasSize(1);
        assertThat(raised.getFirst().get("available").asInt()).isEqualTo(3);

        CurrentActor.runAs(Actor.system("test"), () -> inventory.release(order));
        assertThat(alerts(sku, "open")).isEmpty();
        assertThat(alerts(sku, "resolved")).hasSize(1);
    }

    @Test
    void settingAReorderPointAboveTheStockRaisesAnAlertAndZeroResolvesIt() {
        String sku = fixtures.item(null);
        UUID location = fixtures.location();
        UUID level = fixtures.level(sku, location, 5, 0, 0);
        assertThat(alerts(sku, "any")).as("no reorder point, no alert").isEmpty();

        setReorderPoint(level, 5);
        assertThat(alerts(sku, "open")).hasSize(1);
        setReorderPoint(level, 0);
        assertThat(alerts(sku, "open")).isEmpty();
    }

    @Test
    void autoReorderDraftsExactlyOnePurchaseOrderToTheItemsVendor() {
        UUID vendor = fixtures.vendor();
        String sku = fixtures.item(vendor);
        fixtures.autoReorder(sku, true);
        UUID location = fixtures.location();
        UUID level = fixtures.level(sku, location, 10, 3, 25);

        fixtures.take(level, 7);
        JsonNode alert = alerts(sku, "open").getFirst();
        String orderId = alert.get("purchaseOrderId").asString();
        Response order = admin().get("/api/inventory/purchase-orders/" + orderId);
        assertThat(order.status()).isEqualTo(200);
        assertThat(order.json().get("automatic").asBoolean()).isTrue();
        assertThat(order.json().get("status").asString()).isEqualTo("draft");
        assertThat(order.json().get("vendorId").asString()).isEqualTo(vendor.toString());
        assertThat(order.json().get("locationId").asString()).isEqualTo(location.toString());
        assertThat(order.json().get("currency").asString()).isEqualTo("EUR");
        JsonNode lines = order.json().get("lines");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).get("sku").asString()).isEqualTo(sku);
        assertThat(lines.get(0).get("quantity").asInt()).isEqualTo(25);

        fixtures.take(level, 2);
        fixtures.add(level, 10);
        fixtures.take(level, 10);
        List<JsonNode> all = alerts(sku, "any");
        assertThat(all).as("recovered and fell again").hasSize(2);
        assertThat(all)
                .allSatisfy(a -> assertThat(a.get("purchaseOrderId").asString())
                        .as("the open draft still covers the SKU, so no second one")
                        .isEqualTo(orderId));
        assertThat(ordersOf(vendor)).hasSize(1);
    }

    @Test
    void autoReorderWithoutAReorderQuantityOrdersTwiceTheReorderPoint() {
        UUID vendor = fixtures.vendor();
        String sku = fixtures.item(vendor);
        fixtures.autoReorder(sku, true);
        UUID level = fixtures.level(sku, fixtures.location(), 10, 4, 0);

        fixtures.take(level, 6);
        List<JsonNode> orders = ordersOf(vendor);
        assertThat(orders).hasSize(1);
        assertThat(orders.getFirst().get("lines").get(0).get("quantity").asInt())
                .isEqualTo(8);
    }

    @Test
    void noPurchaseOrderIsDraftedWhenAutoReorderIsOffOrTheItemHasNoVendor() {
        UUID vendor = fixtures.vendor();
        String off = fixtures.item(vendor);
        UUID offLevel = fixtures.level(off, fixtures.location(), 10, 4, 10);
        String noVendor = fixtures.item(null);
        fixtures.autoReorder(noVendor, true);
        UUID noVendorLevel = fixtures.level(noVendor, fixtures.location(), 10, 4, 10);

        fixtures.take(offLevel, 8);
        fixtures.take(noVendorLevel, 8);

        assertThat(alerts(off, "open").getFirst().get("purchaseOrderId").isNull())
                .isTrue();
        assertThat(alerts(noVendor, "open").getFirst().get("purchaseOrderId").isNull())
                .isTrue();
        assertThat(ordersOf(vendor)).isEmpty();
    }

    @Test
    void aVendorSeesOnlyItsOwnItemsAlerts() {
        UUID mine = fixtures.vendor();
        UUID theirs = fixtures.vendor();
        String mySku = fixtures.item(mine);
        String theirSku = fixtures.item(theirs);
        UUID location = fixtures.location();
        fixtures.take(fixtures.level(mySku, location, 5, 2, 0), 4);
        fixtures.take(fixtures.level(theirSku, location, 5, 2, 0), 4);

        var vendor = as(Role.VENDOR, mine);
        JsonNode listed = vendor.get("/api/inventory/alerts?locationId=" + location)
                .json()
                .get("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("sku").asString()).isEqualTo(mySku);
        assertThat(admin().get("/api/inventory/alerts?locationId=" + location)
                        .json()
                        .get("items"))
                .hasSize(2);
    }

    @Test
    void listFiltersAndPagesAndRefusesAnUnknownStatus() {
        UUID location = fixtures.location();
        for (int i = 0; i < 3; i++) {
            fixtures.take(fixtures.level(fixtures.item(null), location, 5, 2, 0), 4);
        }
        Response first = admin().get("/api/inventory/alerts?locationId=" + location + "&limit=2");
        assertThat(first.json().get("items")).hasSize(2);
        String cursor = first.json().get("nextCursor").asString();
        Response second = admin().get("/api/inventory/alerts?locationId=" + location + "&limit=2&cursor=" + cursor);
        assertThat(second.json().get("items")).hasSize(1);
        assertThat(second.json().get("nextCursor").isNull()).isTrue();
        assertThat(admin().get("/api/inventory/alerts?status=resolved&locationId=" + location)
                        .json()
                        .get("items"))
                .isEmpty();

        Response bad = admin().get("/api/inventory/alerts?status=closed");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("invalid_filter");
    }

    private List<JsonNode> alerts(String sku, String status) {
        Response response = admin().get("/api/inventory/alerts?sku=" + sku + "&status=" + status);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items").valueStream().toList();
    }

    private List<JsonNode> ordersOf(UUID vendor) {
        Response response = admin().get("/api/inventory/purchase-orders?vendorId=" + vendor);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items").valueStream().toList();
    }

    private void setReorderPoint(UUID level, int point) {
        jdbc.sql("UPDATE stock_levels SET reorder_point = :point WHERE id = :id")
                .param("point", point)
                .param("id", level)
                .update();
    }
}
