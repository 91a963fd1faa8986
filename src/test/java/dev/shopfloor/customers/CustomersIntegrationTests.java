package dev.shopfloor.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class CustomersIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("flywayDataSource")
    DataSource ownerDataSource;

    @Test
    void createsACustomerWithAddressesAndReadsItBack() {
        String email = unique("ada") + "@Example.com";
        Response created = admin().post("/api/customers", body("Ada Lovelace", email, List.of(shipping("London"))));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/customers/" + created.id());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        JsonNode json = created.json();
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("email").asString()).isEqualTo(email);
        assertThat(json.get("tags").toString()).isEqualTo("[\"vip\",\"wholesale\"]");
        assertThat(json.get("archived").asBoolean()).isFalse();
        assertThat(json.get("createdAt").asString()).endsWith("Z");
        JsonNode address = json.get("addresses").get(0);
        assertThat(address.get("country").asString()).isEqualTo("GB");
        assertThat(address.get("isDefault").asBoolean()).isTrue();
        assertThat(address.get("id").asString()).isNotBlank();

        Response read = admin().get("/api/customers/" + created.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(json);
        assertThat(jdbc.sql("SELECT new_row ->> 'name' FROM change_log WHERE entity_id = ? AND topic = 'customers'")
                        .param(UUID.fromString(created.id()))
                        .query(String.class)
                        .list())
                .containsExactly("Ada Lovelace");
        assertThat(jdbc.sql("SELECT count(*) FROM change_log WHERE entity_id = ? AND topic = 'customer_addresses'")
                        .param(UUID.fromString(address.get("id").asString()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void replacesFieldsAndAddressSetKeepingAddressIds() {
        Response created =
                admin().post("/api/customers", body("Grace", null, List.of(shipping("Boston"), billing("Arlington"))));
        JsonNode kept = created.json().get("addresses").get(0);
        Map<String, Object> changedShipping = new HashMap<>(shipping("Cambridge"));
        changedShipping.put("id", kept.get("id").asString());
        Map<String, Object> update = body("Grace Hopper", null, List.of(changedShipping, billing("New York")));
        update.put("version", 1);

        Response updated = admin().put("/api/customers/" + created.id(), update);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"2\"");
        JsonNode addresses = updated.json().get("addresses");
        assertThat(addresses).hasSize(2);
        assertThat(addresses.get(0).get("id").asString())
                .isEqualTo(kept.get("id").asString());
        assertThat(addresses.get(0).get("city").asString()).isEqualTo("Cambridge");
        assertThat(addresses.get(1).get("city").asString()).isEqualTo("New York");
        assertThat(addresses.get(1).get("id").asString())
                .isNotEqualTo(created.json().get("addresses").get(1).get("id").asString());
        assertThat(updated.json().get("name").asString()).isEqualTo("Grace Hopper");

        // The same body again changes nothing: no new version, no touched address rows.
        update.put("version", 2);
        changedShipping.put("id", kept.get("id").asString());
        update.put(
                "addresses",
                List.of(
                        changedShipping,
                        withId(billing("New York"), addresses.get(1).get("id").asString())));
        Response same = admin().put("/api/customers/" + created.id(), update);
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.json().get("version").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT version FROM customer_addresses WHERE id = ?")
                        .param(UUID.fromString(kept.get("id").asString()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void anAddressOnlyChangeMovesTheCustomersVersion() {
        Response created = admin().post("/api/customers", body("Linus", null, List.of()));
        Map<String, Object> update = body("Linus", null, List.of(billing("Helsinki")));

        Response updated = admin().put("/api/customers/" + created.id(), update, "If-Match", "\"1\"");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isEqualTo(2);
        assertThat(admin().put("/api/customers/" + created.id(), update, "If-Match", "\"1\"")
                        .status())
                .isEqualTo(412);
    }

    @Test
    void refusesASecondAddressDefaultOfTheSameKindAndForeignAddressIds() {
        Response twoDefaults =
                admin().post("/api/customers", body("Two Defaults", null, List.of(shipping("A"), shipping("B"))));
        assertThat(twoDefaults.status()).isEqualTo(400);
        assertThat(twoDefaults.code()).isEqualTo("validation_failed");

        Response other = admin().post("/api/customers", body("Other", null, List.of(shipping("Oslo"))));
        Response mine = admin().post("/api/customers", body("Mine", null, List.of()));
        String foreignId = other.json().get("addresses").get(0).get("id").asString();
        Response stolen = admin().put(
                        "/api/customers/" + mine.id(),
                        body("Mine", null, List.of(withId(shipping("Oslo"), foreignId))));
        assertThat(stolen.status()).isEqualTo(400);
        assertThat(stolen.json().at("/errors/0/field").asString()).isEqualTo("addresses[0].id");
    }

    @Test
    void refusesADuplicateEmailInAnyCase() {
        String email = unique("dup") + "@example.com";
        assertThat(admin().post("/api/customers", body("First", email, List.of()))
                        .status())
                .isEqualTo(201);

        Response duplicate = admin().post("/api/customers", body("Second", email.toUpperCase(), List.of()));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("duplicate_email");
        assertThat(duplicate.header("Content-Type")).startsWith("application/problem+json");
        assertThat(duplicate.json().at("/errors/0/field").asString()).isEqualTo("email");

        Response other = admin().post("/api/customers", body("Third", unique("x") + "@example.com", List.of()));
        Response renamed =
                admin().put("/api/customers/" + other.id(), body("Third", "Dup" + email.substring(3), List.of()));
        assertThat(renamed.status()).isEqualTo(409);
        assertThat(renamed.code()).isEqualTo("duplicate_email");
    }

    @Test
    void refusesStaleVersionsWith412ForIfMatchAnd409ForTheBody() {
        Response created = admin().post("/api/customers", body("Stale", null, List.of()));
        String path = "/api/customers/" + created.id();
        assertThat(admin().put(path, body("Fresh", null, List.of()), "If-Match", "\"1\"")
                        .status())
                .isEqualTo(200);

        Response ifMatch = admin().put(path, body("Late", null, List.of()), "If-Match", "\"1\"");
        assertThat(ifMatch.status()).isEqualTo(412);
        assertThat(ifMatch.code()).isEqualTo("precondition_failed");

        Map<String, Object> staleBody = body("Late", null, List.of());
        staleBody.put("version", 1);
        Response bodyVersion = admin().put(path, staleBody);
        assertThat(bodyVersion.status()).isEqualTo(409);
        assertThat(bodyVersion.code()).isEqualTo("version_conflict");

        assertThat(admin().delete(path, "If-Match", "\"1\"").status()).isEqualTo(412);
        assertThat(admin().get(path).json().get("name").asString()).isEqualTo("Fresh");
    }

    @Test
    void ofTwoConcurrentUpdatesWithTheSameVersionExactlyOneWins() throws Exception {
        Response created = admin().post("/api/customers", body("Race", null, List.of()));
        String path = "/api/customers/" + created.id();
        Api api = admin();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> results = new ArrayList<>();
            for (String name : List.of("Writer A", "Writer B")) {
                Map<String, Object> update = body(name, null, List.of(billing(name)));
                update.put("version", 1);
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return api.put(path, update);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> result : results) {
                statuses.add(result.get(60, TimeUnit.SECONDS).status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        JsonNode stored = admin().get(path).json();
        assertThat(stored.get("version").asInt()).isEqualTo(2);
        assertThat(stored.get("addresses")).hasSize(1);
    }

    @Test
    void answers304WhenTheClientHoldsTheCurrentVersion() {
        Response created = admin().post("/api/customers", body("Cached", null, List.of()));
        String path = "/api/customers/" + created.id();

        Response notModified = admin().get(path, "If-None-Match", "\"1\"");
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(admin().get(path, "If-None-Match", "\"7\"").status()).isEqualTo(200);
    }

    @Test
    void deletesACustomerNothingRefersTo() {
        Response created = admin().post("/api/customers", body("Gone", null, List.of(shipping("Rome"))));
        UUID id = UUID.fromString(created.id());
        assertThat(admin().post(
                                "/api/customers/" + id + "/communications",
                                Map.of("kind", "note", "body", "said hello"))
                        .status())
                .isEqualTo(201);

        Response deleted = admin().delete("/api/customers/" + id, "If-Match", "\"1\"");

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(admin().get("/api/customers/" + id).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM customer_addresses WHERE customer_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(admin().delete("/api/customers/" + id).status()).isEqualTo(404);
    }

    @Test
    void archivesInsteadOfDeletingWhileAnotherTableRefersToTheCustomer() {
        String name = unique("hasorders");
        Response created = admin().post("/api/customers", body(name, null, List.of()));
        UUID id = UUID.fromString(created.id());
        String table =
                "test_orders_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        owner.sql("CREATE TABLE " + table
                        + " (id uuid PRIMARY KEY, customer_id uuid NOT NULL REFERENCES customers (id))")
                .update();
        try {
            owner.sql("INSERT INTO " + table + " VALUES (gen_random_uuid(), ?)")
                    .param(id)
                    .update();

            Response deleted = admin().delete("/api/customers/" + id);

            assertThat(deleted.status()).isEqualTo(204);
            JsonNode archived = admin().get("/api/customers/" + id).json();
            assertThat(archived.get("archived").asBoolean()).isTrue();
            assertThat(archived.get("archivedAt").asString()).isNotBlank();
            assertThat(archived.get("version").asInt()).isEqualTo(2);
            assertThat(ids(admin().get("/api/customers?q=" + name))).isEmpty();
            assertThat(ids(admin().get("/api/customers?archived=true&q=" + name)))
                    .containsExactly(id.toString());
            assertThat(owner.sql("SELECT count(*) FROM " + table)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);

            Response restored = admin().put("/api/customers/" + id, withArchived(body(name, null, List.of())));
            assertThat(restored.json().get("archived").asBoolean()).isFalse();
            assertThat(restored.json().get("version").asInt()).isEqualTo(3);
        } finally {
            owner.sql("DROP TABLE " + table).update();
        }
    }

    @Test
    void listsOnlyActiveCustomersUnlessAskedForArchivedOnes() {
        String tag = unique("arch");
        Response active = admin().post("/api/customers", tagged("Active", tag));
        Response archived = admin().post("/api/customers", tagged("Archived", tag));
        admin().put("/api/customers/" + archived.id(), archive(tagged("Archived", tag)));

        assertThat(ids(admin().get("/api/customers?tag=" + tag))).containsExactly(active.id());
        assertThat(ids(admin().get("/api/customers?tag=" + tag + "&archived=true")))
                .containsExactly(archived.id());
        assertThat(ids(admin().get("/api/customers?tag=" + tag + "&archived=any")))
                .containsExactly(archived.id(), active.id());
        assertThat(admin().get("/api/customers?archived=maybe").status()).isEqualTo(400);
    }

    private static Map<String, Object> body(String name, String email, List<Map<String, Object>> addresses) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("email", email);
        body.put("phone", "+44 20 7946 0000");
        body.put("company", "Analytical Engines Ltd");
        body.put("tags", List.of("VIP", "wholesale", " vip "));
        body.put("notes", "prefers email");
        body.put("addresses", addresses);
        return body;
    }

    static Map<String, Object> tagged(String name, String tag) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("tags", List.of(tag));
        return body;
    }

    private static Map<String, Object> archive(Map<String, Object> body) {
        body.put("archived", true);
        return body;
    }

    private static Map<String, Object> withArchived(Map<String, Object> body) {
        body.put("archived", false);
        return body;
    }

    static Map<String, Object> shipping(String city) {
        return address("shipping", city, true);
    }

    static Map<String, Object> billing(String city) {
        return address("billing", city, false);
    }

    private static Map<String, Object> address(String kind, String city, boolean isDefault) {
        Map<String, Object> address = new HashMap<>();
        address.put("label", kind.equals("shipping") ? "Home" : "Office");
        address.put("kind", kind);
        address.put("line1", "1 Main Street");
        address.put("city", city);
        address.put("postalCode", "12345");
        address.put("country", "gb");
        address.put("isDefault", isDefault);
        return address;
    }

    private static Map<String, Object> withId(Map<String, Object> address, String id) {
        address.put("id", id);
        return address;
    }

    static List<String> ids(Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
