package dev.shopfloor.manufacturing;

import static dev.shopfloor.manufacturing.DesignFixtures.manufacturer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.inventory.StockFixtures;
import dev.shopfloor.partners.Vendors;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class ManufacturerIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Vendors vendors;

    @Test
    void createsReadsAndListsManufacturersWithFilters() {
        UUID location = new StockFixtures(jdbc).location();
        String stem = unique("Stitch");
        Map<String, Object> body = manufacturer(stem + " Works", "outside", 120);
        body.put("locationId", location);

        Response created = admin().post("/api/manufacturers", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/manufacturers/" + created.id());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        JsonNode json = created.json();
        assertThat(json.get("kind").asString()).isEqualTo("outside");
        assertThat(json.get("capacityPerDay").asInt()).isEqualTo(120);
        assertThat(json.get("leadTimeDays").asInt()).isEqualTo(3);
        assertThat(json.get("locationId").asString()).isEqualTo(location.toString());
        assertThat(json.get("active").asBoolean()).isTrue();
        assertThat(json.get("createdAt").asString()).endsWith("Z");

        Response read = admin().get("/api/manufacturers/" + created.id());
        assertThat(read.json()).isEqualTo(json);
        assertThat(admin().get("/api/manufacturers/" + created.id(), "If-None-Match", "\"1\"")
                        .status())
                .isEqualTo(304);

        String inHouse = admin().post("/api/manufacturers", manufacturer(stem + " Line", "in_house", 40))
                .id();
        Map<String, Object> inactiveBody = manufacturer(stem + " Old", "outside", 10);
        inactiveBody.put("active", false);
        String inactive = admin().post("/api/manufacturers", inactiveBody).id();

        assertThat(ids("/api/manufacturers?q=" + stem.toLowerCase())).containsExactly(inactive, inHouse, created.id());
        assertThat(ids("/api/manufacturers?q=" + stem + "&kind=in_house")).containsExactly(inHouse);
        assertThat(ids("/api/manufacturers?q=" + stem + "&active=true")).containsExactly(inHouse, created.id());
        assertThat(ids("/api/manufacturers?q=" + stem + "&active=false")).containsExactly(inactive);

        Response page1 = admin().get("/api/manufacturers?q=" + stem + "&limit=2");
        assertThat(page1.json().get("items").size()).isEqualTo(2);
        String cursor = page1.json().get("nextCursor").asString();
        Response page2 = admin().get("/api/manufacturers?q=" + stem + "&limit=2&cursor=" + cursor);
        assertThat(page2.json().get("items").get(0).get("id").asString()).isEqualTo(created.id());
        assertThat(page2.json().get("nextCursor").isNull()).isTrue();

        assertThat(admin().get("/api/manufacturers?kind=robot").code()).isEqualTo("invalid_filter");
    }

    @Test
    void refusesInvalidInputWithoutWritingAnything() {
        String name = unique("Invalid maker");
        assertThat(invalidField(Map.of("kind", "outside", "capacityPerDay", 5), "name"))
                .isTrue();
        Map<String, Object> zeroCapacity = manufacturer(name, "outside", 0);
        assertThat(invalidField(zeroCapacity, "capacityPerDay")).isTrue();
        Map<String, Object> longLead = manufacturer(name, "outside", 5);
        longLead.put("leadTimeDays", 366);
        assertThat(invalidField(longLead, "leadTimeDays")).isTrue();
        assertThat(invalidField(manufacturer(name, "robot", 5), "kind")).isTrue();

        Map<String, Object> unknownLocation = manufacturer(name, "outside", 5);
        unknownLocation.put("locationId", Ids.newId());
        Response unknown = admin().post("/api/manufacturers", unknownLocation);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("unknown_location");
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");

        UUID closed = new StockFixtures(jdbc).location();
        jdbc.sql("UPDATE locations SET active = false WHERE id = ?")
                .param(closed)
                .update();
        Map<String, Object> inactiveLocation = manufacturer(name, "outside", 5);
        inactiveLocation.put("locationId", closed);
        assertThat(admin().post("/api/manufacturers", inactiveLocation).code()).isEqualTo("unknown_location");

        assertThat(countNamed(name)).isZero();

        assertThat(admin().post("/api/manufacturers", manufacturer(name, "outside", 5))
                        .status())
                .isEqualTo(201);
        Response duplicate = admin().post("/api/manufacturers", manufacturer(name.toUpperCase(), "in_house", 9));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("duplicate_name");
        assertThat(countNamed(name)).isEqualTo(1);
        assertThat(admin().get("/api/manufacturers/" + Ids.newId()).status()).isEqualTo(404);
    }

    @Test
    void updatesWithVersionsAndRefusesStaleWriters() {
        String id = admin().post("/api/manufacturers", manufacturer(unique("Versioned"), "outside", 50))
                .id();
        Map<String, Object> change = manufacturer(unique("Renamed"), "in_house", 80);
        change.put("version", 1);

        Response updated = admin().put("/api/manufacturers/" + id, change);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"2\"");
        assertThat(updated.json().get("kind").asString()).isEqualTo("in_house");
        assertThat(updated.json().get("capacityPerDay").asInt()).isEqualTo(80);

        Response staleBody = admin().put("/api/manufacturers/" + id, change);
        assertThat(staleBody.status()).isEqualTo(409);
        assertThat(staleBody.code()).isEqualTo("version_conflict");
        change.remove("version");
        Response staleIfMatch = admin().put("/api/manufacturers/" + id, change, "If-Match", "\"1\"");
        assertThat(staleIfMatch.status()).isEqualTo(412);
        assertThat(staleIfMatch.code()).isEqualTo("precondition_failed");
        assertThat(admin().delete("/api/manufacturers/" + id, "If-Match", "\"1\"")
                        .status())
                .isEqualTo(412);
        assertThat(admin().get("/api/manufacturers/" + id).json().get("version").asInt())
                .isEqualTo(2);

        Response history = admin().get("/api/manufacturers/" + id + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.json().get("items").size()).isEqualTo(2);
    }

    @Test
    void deletesAnUnusedManufacturerAndDeactivatesOneThatTasksReferTo() {
        String unused = admin().post("/api/manufacturers", manufacturer(unique("Unused"), "outside", 5))
                .id();
        assertThat(admin().delete("/api/manufacturers/" + unused, "If-Match", "\"1\"")
                        .status())
                .isEqualTo(204);
        assertThat(admin().get("/api/manufacturers/" + unused).status()).isEqualTo(404);

        String used = admin().post("/api/manufacturers", manufacturer(unique("Used"), "outside", 5))
                .id();
        productionTaskAt(UUID.fromString(used));

        assertThat(admin().delete("/api/manufacturers/" + used).status()).isEqualTo(204);
        Response kept = admin().get("/api/manufacturers/" + used);
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.json().get("active").asBoolean()).isFalse();
        assertThat(kept.json().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void staffReadsButOnlyManagersAndAdminsWriteAndVendorsSeeNothing() {
        String id = admin().post("/api/manufacturers", manufacturer(unique("Roles"), "outside", 5))
                .id();
        Api viewer = as(Role.VIEWER);
        assertThat(viewer.get("/api/manufacturers/" + id).status()).isEqualTo(200);
        assertThat(viewer.get("/api/manufacturers").status()).isEqualTo(200);
        assertThat(as(Role.VENDOR, DesignFixtures.vendor(vendors))
                        .get("/api/manufacturers/" + id)
                        .status())
                .isEqualTo(403);
        Api staff = as(Role.STAFF);
        String refusedName = unique("Staff made");
        Response refused = staff.post("/api/manufacturers", manufacturer(refusedName, "outside", 5));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("forbidden");
        assertThat(countNamed(refusedName)).isZero();
        assertThat(staff.delete("/api/manufacturers/" + id).status()).isEqualTo(403);
        assertThat(as(Role.MANAGER)
                        .post("/api/manufacturers", manufacturer(unique("Manager made"), "in_house", 5))
                        .status())
                .isEqualTo(201);
    }

    private void productionTaskAt(UUID manufacturerId) {
        String sku = new DesignFixtures(admin()).madeToOrderSku();
        UUID itemId = jdbc.sql("SELECT id FROM catalog_items WHERE sku = ?")
                .param(sku)
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        INSERT INTO production_tasks (id, sku, item_id, name, quantity, stage, manufacturer_id)
                        VALUES (?, ?, ?, 'Replenishment run', 10, 'queued', ?)
                        """).params(Ids.newId(), sku, itemId, manufacturerId).update();
    }

    private boolean invalidField(Map<String, Object> body, String field) {
        Response response = admin().post("/api/manufacturers", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("validation_failed");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields.contains(field);
    }

    private int countNamed(String name) {
        return jdbc.sql("SELECT count(*) FROM manufacturers WHERE lower(name) = lower(?)")
                .param(name)
                .query(Integer.class)
                .single();
    }

    private List<String> ids(String path) {
        Response list = admin().get(path);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(m -> ids.add(m.get("id").asString()));
        return ids;
    }
}
