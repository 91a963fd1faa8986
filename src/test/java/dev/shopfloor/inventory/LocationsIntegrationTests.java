package dev.shopfloor.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LocationsIntegrationTests extends dev.shopfloor.testing.IntegrationTest {

    @Test
    void createsReadsAndRefusesADuplicateCodeInAnyCase() {
        String code = unique("WH");
        Response created = admin().post("/api/locations", InventoryFixtures.locationBody(code));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/locations/" + created.id());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.json().get("kind").asString()).isEqualTo("warehouse");
        assertThat(created.json().get("active").asBoolean()).isTrue();

        Response duplicate = admin().post("/api/locations", InventoryFixtures.locationBody(code.toLowerCase()));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("duplicate");

        Response read = as(Role.VIEWER).get("/api/locations/" + created.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("code").asString()).isEqualTo(code);
        assertThat(admin().get("/api/locations/" + created.id(), "If-None-Match", "\"1\"")
                        .status())
                .isEqualTo(304);
        assertThat(admin().get("/api/locations/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void refusesBadInputWithoutWriting() {
        Map<String, Object> body = InventoryFixtures.locationBody("bad code!");
        Response invalid = admin().post("/api/locations", body);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.code()).isEqualTo("validation_failed");

        Map<String, Object> wrongKind = InventoryFixtures.locationBody(unique("WH"));
        wrongKind.put("kind", "garage");
        assertThat(admin().post("/api/locations", wrongKind).status()).isEqualTo(400);

        Map<String, Object> noStore = InventoryFixtures.locationBody(unique("ST"));
        noStore.put("kind", "store");
        noStore.put("storeId", UUID.randomUUID());
        Response unknownStore = admin().post("/api/locations", noStore);
        assertThat(unknownStore.status()).isEqualTo(422);
        assertThat(unknownStore.code()).isEqualTo("unknown_store");

        assertThat(as(Role.STAFF)
                        .post("/api/locations", InventoryFixtures.locationBody(unique("WH")))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void updatesWithOptimisticLockingAndDeactivates() {
        UUID id = InventoryFixtures.location(admin());
        Map<String, Object> body = InventoryFixtures.locationBody(unique("WH"));
        body.put("name", "Renamed");
        body.put("active", false);

        Response stalePrecondition = admin().put("/api/locations/" + id, body, "If-Match", "\"7\"");
        assertThat(stalePrecondition.status()).isEqualTo(412);
        body.put("version", 7);
        Response staleBody = admin().put("/api/locations/" + id, body);
        assertThat(staleBody.status()).isEqualTo(409);
        assertThat(staleBody.code()).isEqualTo("version_conflict");

        body.put("version", 1);
        Response updated = admin().put("/api/locations/" + id, body);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("name").asString()).isEqualTo("Renamed");
        assertThat(updated.json().get("active").asBoolean()).isFalse();
        assertThat(updated.json().get("version").asInt()).isEqualTo(2);
        assertThat(updated.header("ETag")).isEqualTo("\"2\"");
        assertThat(admin().put("/api/locations/" + UUID.randomUUID(), body).status())
                .isEqualTo(404);

        Response history = as(Role.VIEWER).get("/api/locations/" + id + "/history");
        assertThat(InventoryFixtures.items(history))
                .extracting(e -> e.get("op").asString())
                .containsExactly("update", "insert");
    }

    @Test
    void deletesAnUnusedLocationButRefusesOneWithStock() {
        UUID unused = InventoryFixtures.location(admin());
        assertThat(admin().delete("/api/locations/" + unused, "If-Match", "\"3\"")
                        .status())
                .isEqualTo(412);
        assertThat(admin().delete("/api/locations/" + unused).status()).isEqualTo(204);
        assertThat(admin().get("/api/locations/" + unused).status()).isEqualTo(404);
        assertThat(admin().delete("/api/locations/" + unused).status()).isEqualTo(404);

        UUID stocked = InventoryFixtures.location(admin());
        InventoryFixtures.stock(admin(), InventoryFixtures.sku(admin()), stocked, 2);
        Response refused = admin().delete("/api/locations/" + stocked);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("has_dependents");
        assertThat(refused.json().get("detail").asString()).contains("deactivate");
        assertThat(admin().get("/api/locations/" + stocked).status()).isEqualTo(200);
    }

    @Test
    void listsNewestFirstWithFiltersAndKeysetPages() {
        UUID first = InventoryFixtures.location(admin());
        UUID second = InventoryFixtures.location(admin());
        UUID third = InventoryFixtures.location(admin());

        Response page1 = admin().get("/api/locations?limit=2&active=true");
        assertThat(page1.status()).isEqualTo(200);
        assertThat(page1.json().get("items").get(0).get("id").asString()).isEqualTo(third.toString());
        assertThat(page1.json().get("items").get(1).get("id").asString()).isEqualTo(second.toString());
        String cursor = page1.json().get("nextCursor").asString();
        Response page2 = admin().get("/api/locations?limit=1&active=true&cursor=" + cursor);
        assertThat(page2.json().get("items").get(0).get("id").asString()).isEqualTo(first.toString());

        Map<String, Object> off = InventoryFixtures.locationBody(unique("WH"));
        off.put("active", false);
        String inactive = admin().post("/api/locations", off).id();
        assertThat(admin().get("/api/locations?active=false&limit=200").body())
                .contains(inactive)
                .doesNotContain(third.toString());
        assertThat(admin().get("/api/locations?limit=0").status()).isEqualTo(400);
    }
}
