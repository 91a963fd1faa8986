package dev.shopfloor.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Bills of materials: replaced whole, validated, and copied (scaled) onto new tasks. */
class BomIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private ProductionTaskFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ProductionTaskFixtures(admin(), jdbc);
    }

    @Test
    void aBomIsReplacedWholeAndNewTasksCopyItScaled() {
        String shirt = fixtures.orders.stockItem(20);
        UUID item = fixtures.itemId(shirt);
        String fabric = fixtures.orders.stockItem(2);
        String ink = fixtures.orders.stockItem(2);
        fixtures.bom(shirt, "9", "sewing");

        Response put = admin().put(
                        "/api/production/boms/" + item,
                        Map.of(
                                "lines",
                                List.of(
                                        Map.of("materialSku", ink, "quantityPerUnit", 0.25, "stage", "printing"),
                                        Map.of("materialSku", fabric, "quantityPerUnit", 1.2, "stage", "cutting"))));

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(lines(put.json())).containsExactly(fabric + "@cutting=1.2", ink + "@printing=0.25");
        assertThat(lines(admin().get("/api/production/boms/" + item).json()))
                .containsExactly(fabric + "@cutting=1.2", ink + "@printing=0.25");
        JsonNode task = fixtures.create(Map.of("sku", shirt, "quantity", 5));
        assertThat(task.get("materials")
                        .valueStream()
                        .map(m -> m.get("materialSku").asString() + "="
                                + m.get("quantity").asInt())
                        .toList())
                .containsExactly(fabric + "=6", ink + "=2");
    }

    @Test
    void badLinesAreRefusedAndChangeNothing() {
        String shirt = fixtures.orders.stockItem(20);
        UUID item = fixtures.itemId(shirt);
        String fabric = fixtures.bom(shirt, "1", "cutting");

        assertThat(put(item, Map.of("materialSku", unique("NOPE"), "quantityPerUnit", 1, "stage", "cutting"))
                        .code())
                .isEqualTo("unknown_sku");
        assertThat(put(item, Map.of("materialSku", fabric, "quantityPerUnit", 1, "stage", "nowhere"))
                        .code())
                .isEqualTo("unknown_stage");
        assertThat(put(item, Map.of("materialSku", fabric, "quantityPerUnit", 0, "stage", "cutting"))
                        .status())
                .isEqualTo(400);
        Response twice = admin().put(
                        "/api/production/boms/" + item,
                        Map.of(
                                "lines",
                                List.of(
                                        Map.of("materialSku", fabric, "quantityPerUnit", 1, "stage", "cutting"),
                                        Map.of("materialSku", fabric, "quantityPerUnit", 2, "stage", "cutting"))));
        assertThat(twice.code()).as(twice.toString()).isEqualTo("duplicate_material");
        assertThat(lines(admin().get("/api/production/boms/" + item).json())).containsExactly(fabric + "@cutting=1");
        assertThat(admin().get("/api/production/boms/" + UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    @Test
    void onlyManagersAndAdminsChangeBoms() {
        UUID item = fixtures.itemId(fixtures.orders.stockItem(20));
        Response staff = as(Role.STAFF).put("/api/production/boms/" + item, Map.of("lines", List.of()));
        assertThat(staff.status()).isEqualTo(403);
        Response manager = as(Role.MANAGER).put("/api/production/boms/" + item, Map.of("lines", List.of()));
        assertThat(manager.status()).as(manager.toString()).isEqualTo(200);
        assertThat(as(Role.STAFF).get("/api/production/boms/" + item).status()).isEqualTo(200);
    }

    private Response put(UUID item, Map<String, Object> line) {
        return admin().put("/api/production/boms/" + item, Map.of("lines", List.of(line)));
    }

    private static List<String> lines(JsonNode bom) {
        return bom.get("lines")
                .valueStream()
                .map(l -> l.get("materialSku").asString() + "@" + l.get("stage").asString() + "="
                        + l.get("quantityPerUnit")
                                .decimalValue()
                                .stripTrailingZeros()
                                .toPlainString())
                .toList();
    }
}
