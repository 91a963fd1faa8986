package dev.shopfloor.partners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class VendorsIntegrationTests extends IntegrationTest {

    @Autowired
    Vendors vendors;

    @Test
    void createsReadsUpdatesAndDeletesAVendor() {
        String name = unique("Acme Apparel");
        Response created = admin().post("/api/vendors", vendor(name, "sales@acme.test"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.id();
        assertThat(created.header("Location")).isEqualTo("/api/vendors/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.json().get("active").asBoolean()).isTrue();
        assertThat(created.json().get("version").asInt()).isEqualTo(1);

        Response read = admin().get("/api/vendors/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").asString()).isEqualTo(name);
        assertThat(read.json().get("email").asString()).isEqualTo("sales@acme.test");

        Map<String, Object> change = vendor(name, "orders@acme.test");
        change.put("active", false);
        Response updated = admin().put("/api/vendors/" + id, change, "If-Match", "\"1\"");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"2\"");
        assertThat(updated.json().get("active").asBoolean()).isFalse();
        assertThat(admin().get("/api/vendors/" + id).json().get("email").asString())
                .isEqualTo("orders@acme.test");

        assertThat(admin().delete("/api/vendors/" + id).status()).isEqualTo(204);
        assertThat(admin().get("/api/vendors/" + id).status()).isEqualTo(404);
        assertThat(vendors.find(UUID.fromString(id))).isEmpty();
    }

    @Test
    void refusesADuplicateNameInAnyLetterCase() {
        String name = unique("Northwind");
        assertThat(admin().post("/api/vendors", vendor(name, null)).status()).isEqualTo(201);

        Response duplicate = admin().post("/api/vendors", vendor(name.toUpperCase(), null));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("duplicate_name");
        assertThat(duplicate.header("Content-Type")).startsWith("application/problem+json");

        String other =
                admin().post("/api/vendors", vendor(unique("Other"), null)).id();
        Response renamed = admin().put("/api/vendors/" + other, vendor(name.toLowerCase(), null));
        assertThat(renamed.status()).isEqualTo(409);
        assertThat(renamed.code()).isEqualTo("duplicate_name");
    }

    @Test
    void honoursETagsIfMatchAndBodyVersion() {
        String id =
                admin().post("/api/vendors", vendor(unique("Versioned"), null)).id();
        Response first = admin().get("/api/vendors/" + id);
        String etag = first.header("ETag");
        assertThat(etag).isEqualTo("\"1\"");

        Response notModified = admin().get("/api/vendors/" + id, "If-None-Match", etag);
        assertThat(notModified.status()).isEqualTo(304);

        Map<String, Object> change = vendor(first.json().get("name").asString(), "a@b.test");
        assertThat(admin().put("/api/vendors/" + id, change, "If-Match", etag).status())
                .isEqualTo(200);

        Response staleIfMatch = admin().put("/api/vendors/" + id, vendor("x" + unique("y"), null), "If-Match", etag);
        assertThat(staleIfMatch.status()).isEqualTo(412);
        assertThat(staleIfMatch.code()).isEqualTo("precondition_failed");

        Map<String, Object> staleBody = vendor("x" + unique("y"), null);
        staleBody.put("version", 1);
        Response staleVersion = admin().put("/api/vendors/" + id, staleBody);
        assertThat(staleVersion.status()).isEqualTo(409);
        assertThat(staleVersion.code()).isEqualTo("version_conflict");

        assertThat(admin().delete("/api/vendors/" + id, "If-Match", "\"1\"").status())
                .isEqualTo(412);
        assertThat(admin().get("/api/vendors/" + id, "If-None-Match", etag).status())
                .isEqualTo(200);
        assertThat(admin().get("/api/vendors/" + id).json().get("version").asInt())
                .isEqualTo(2);
    }

    @Test
    void letsExactlyOneOfTwoConcurrentUpdatesOfTheSameVersionWin() throws Exception {
        String id =
                admin().post("/api/vendors", vendor(unique("Contended"), null)).id();
        Api api = admin();
        try (var pool = Executors.newFixedThreadPool(2)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String name = unique("Winner");
                results.add(pool.submit(() -> {
                    start.await();
                    return api.put("/api/vendors/" + id, vendor(name, null), "If-Match", "\"1\"");
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> result : results) {
                statuses.add(result.get(60, TimeUnit.SECONDS).status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        }
        assertThat(admin().get("/api/vendors/" + id).json().get("version").asInt())
                .isEqualTo(2);
    }

    @Test
    void listsItsEndpointsInTheOpenApiDocument() {
        JsonNode paths = anonymous().get("/v3/api-docs").json().get("paths");
        for (String path : List.of("/api/vendors", "/api/vendors/{id}", "/api/stores/{id}", "/api/users/{id}")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.get("/api/vendors").get("post").get("summary").asString())
                .contains("duplicate_name");
    }

    @Test
    void refusesToDeleteAVendorThatUsersBelongTo() {
        String id = admin().post("/api/vendors", vendor(unique("Busy"), null)).id();
        as(Role.VENDOR, UUID.fromString(id));

        Response delete = admin().delete("/api/vendors/" + id);
        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.code()).isEqualTo("has_dependents");
        assertThat(admin().get("/api/vendors/" + id).status()).isEqualTo(200);
    }

    @Test
    void listsByFreeTextAndActiveWithKeysetPages() {
        String marker = unique("zebra");
        for (int i = 0; i < 3; i++) {
            admin().post("/api/vendors", vendor(marker + " Vendor " + i, null));
        }
        Map<String, Object> inactive = vendor(marker + " Sleeping", null);
        inactive.put("active", false);
        admin().post("/api/vendors", inactive);

        Response firstPage = admin().get("/api/vendors?q=" + marker + "&active=true&limit=2");
        assertThat(firstPage.status()).isEqualTo(200);
        assertThat(names(firstPage)).containsExactly(marker + " Vendor 2", marker + " Vendor 1");
        String cursor = firstPage.json().get("nextCursor").asString();

        Response secondPage = admin().get("/api/vendors?q=" + marker + "&active=true&limit=2&cursor=" + cursor);
        assertThat(names(secondPage)).containsExactly(marker + " Vendor 0");
        assertThat(secondPage.json().get("nextCursor").isNull()).isTrue();

        assertThat(names(admin().get("/api/vendors?q=" + marker.toUpperCase() + "&active=false")))
                .containsExactly(marker + " Sleeping");
        // LIKE wildcards in q are taken literally.
        assertThat(names(admin().get("/api/vendors?q=" + marker + "%25"))).isEmpty();
        assertThat(names(admin().get("/api/vendors?q=" + marker + "_"))).isEmpty();
    }

    @Test
    void letsStaffReadButOnlyAdminsWrite() {
        String id =
                admin().post("/api/vendors", vendor(unique("Guarded"), null)).id();
        Api viewer = as(Role.VIEWER);
        assertThat(viewer.get("/api/vendors").status()).isEqualTo(200);
        assertThat(viewer.get("/api/vendors/" + id).status()).isEqualTo(200);
        for (Role role : List.of(Role.MANAGER, Role.STAFF, Role.VIEWER)) {
            Api api = as(role);
            assertThat(api.post("/api/vendors", vendor(unique("Nope"), null)).status())
                    .isEqualTo(403);
            assertThat(api.put("/api/vendors/" + id, vendor(unique("Nope"), null))
                            .status())
                    .isEqualTo(403);
            assertThat(api.delete("/api/vendors/" + id).status()).isEqualTo(403);
        }
        assertThat(anonymous().get("/api/vendors").status()).isEqualTo(401);
    }

    @Test
    void letsAVendorUserReadOnlyItsOwnVendor() {
        UUID own = UUID.fromString(
                admin().post("/api/vendors", vendor(unique("Own"), null)).id());
        String other =
                admin().post("/api/vendors", vendor(unique("Foreign"), null)).id();
        Api vendorUser = as(Role.VENDOR, own);

        assertThat(vendorUser.get("/api/vendors/" + own).status()).isEqualTo(200);
        assertThat(vendorUser.get("/api/vendors/" + other).status()).isEqualTo(404);
        assertThat(vendorUser.get("/api/vendors").status()).isEqualTo(403);
    }

    @Test
    void rowLevelSecurityHidesOtherVendorsFromAVendorTransaction() {
        Vendor own =
                CurrentActor.runAs(Actor.system("test"), () -> vendors.create(VendorDetails.named(unique("Mine"))));
        Vendor other =
                CurrentActor.runAs(Actor.system("test"), () -> vendors.create(VendorDetails.named(unique("Theirs"))));
        Actor vendorUser = Actor.user(UUID.randomUUID(), Role.VENDOR, own.id(), List.of());

        // find() has no service-side check: what it returns is what PostgreSQL lets this transaction see.
        assertThat(CurrentActor.runAs(vendorUser, () -> vendors.find(own.id()))).isPresent();
        assertThat(CurrentActor.runAs(vendorUser, () -> vendors.find(other.id())))
                .isEmpty();
        assertThat(CurrentActor.runAs(
                        Actor.user(UUID.randomUUID(), Role.VIEWER, null, List.of()), () -> vendors.find(other.id())))
                .isPresent();
    }

    @Test
    void validatesInput() {
        Response blank = admin().post("/api/vendors", Map.of("name", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.code()).isEqualTo("validation_failed");
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("name");

        Response badEmail = admin().post("/api/vendors", vendor(unique("Mail"), "not-an-email"));
        assertThat(badEmail.status()).isEqualTo(400);

        assertThat(admin().get("/api/vendors/not-a-uuid").status()).isEqualTo(400);
        assertThat(admin().get("/api/vendors?cursor=!!!").status()).isEqualTo(400);
        assertThat(admin().put("/api/vendors/" + UUID.randomUUID(), vendor(unique("Ghost"), null))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void createsVendorsThroughTheFacade() {
        Vendor created =
                CurrentActor.runAs(Actor.system("test"), () -> vendors.create(VendorDetails.named(unique("Seed"))));
        assertThat(vendors.exists(created.id())).isTrue();
        assertThat(vendors.exists(UUID.randomUUID())).isFalse();
    }

    static Map<String, Object> vendor(String name, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("email", email);
        body.put("phone", "+49 30 1234567");
        body.put("website", "https://example.test");
        return body;
    }

    private static List<String> names(Response page) {
        List<String> names = new ArrayList<>();
        for (JsonNode item : page.json().get("items")) {
            names.add(item.get("name").asString());
        }
        return names;
    }
}
