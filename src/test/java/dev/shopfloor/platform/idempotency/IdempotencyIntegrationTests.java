package dev.shopfloor.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.Concurrently;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Idempotency-Key over real HTTP on the creating POSTs that exist: customers and catalog bulk. */
class IdempotencyIntegrationTests extends IntegrationTest {

    private static final String KEY = "Idempotency-Key";

    @Autowired
    JdbcClient jdbc;

    @Test
    void sameKeyAndBodyReplaysTheFirstAnswerAndCreatesOnce() {
        String key = unique("key");
        Map<String, Object> body = customer(unique("replay") + "@example.com");

        Response first = admin().post("/api/customers", body, KEY, key);
        Response again = admin().post("/api/customers", body, KEY, key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(customersWithEmail(body.get("email"))).isEqualTo(1);
        assertThat(storedStatus(key)).isEqualTo(201);
    }

    @Test
    void anotherBodyOrPathUnderTheSameKeyIs422AndWritesNothing() {
        String key = unique("key");
        String firstEmail = unique("first") + "@example.com";
        String otherEmail = unique("other") + "@example.com";
        assertThat(admin().post("/api/customers", customer(firstEmail), KEY, key)
                        .status())
                .isEqualTo(201);

        Response otherBody = admin().post("/api/customers", customer(otherEmail), KEY, key);
        Response otherPath = admin().post("/api/catalog/bulk", List.of(item(unique("SKU"))), KEY, key);

        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.code()).isEqualTo("idempotency_mismatch");
        assertThat(otherBody.header("Content-Type")).startsWith("application/problem+json");
        assertThat(otherPath.status()).isEqualTo(422);
        assertThat(otherPath.code()).isEqualTo("idempotency_mismatch");
        assertThat(customersWithEmail(otherEmail)).isZero();
        assertThat(customersWithEmail(firstEmail)).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirUser() {
        String key = unique("key");
        Api staff = as(Role.STAFF);

        Response mine = admin().post("/api/customers", customer(unique("mine") + "@example.com"), KEY, key);
        Response theirs = staff.post("/api/customers", customer(unique("theirs") + "@example.com"), KEY, key);

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
        assertThat(theirs.id()).isNotEqualTo(mine.id());
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_keys WHERE key = :key")
                        .param("key", key)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void twentyConcurrentCopiesCreateExactlyOneCustomer() throws Exception {
        String key = unique("key");
        Map<String, Object> body = customer(unique("race") + "@example.com");
        Api admin = admin();
        List<Response> responses = Concurrently.run(
                20, Collections.nCopies(20, () -> admin.post("/api/customers", body, KEY, key)), Duration.ofMinutes(2));

        assertThat(responses)
                .allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
        Set<String> ids = responses.stream().map(Response::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(1);
        assertThat(responses.stream().filter(r -> r.header("Idempotent-Replayed") == null))
                .hasSize(1);
        assertThat(customersWithEmail(body.get("email"))).isEqualTo(1);
    }

    @Test
    void tenConcurrentCopiesOfAStockAdjustmentMoveStockOnce() throws Exception {
        String sku = unique("IDEM").toUpperCase();
        Map<String, Object> item = with(item(sku), "status", "published");
        assertThat(admin().post("/api/catalog", item).status()).isEqualTo(201);
        String code = unique("WH");
        Response location = admin().post(
                        "/api/locations",
                        Map.of("code", code, "name", "Warehouse " + code, "kind", "warehouse", "address", "1 Dock Rd"));
        assertThat(location.status()).as(location.body()).isEqualTo(201);
        Map<String, Object> adjustment =
                Map.of("sku", sku, "locationId", location.id(), "delta", 5, "reason", "found a box");
        String key = unique("key");
        Api admin = admin();
        List<Response> responses = Concurrently.run(
                10,
                Collections.nCopies(10, () -> admin.post("/api/inventory/adjustments", adjustment, KEY, key)),
                Duration.ofMinutes(2));

        assertThat(responses)
                .allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
        assertThat(responses.stream()
                        .map(r -> r.json().at("/movement/id").asString())
                        .distinct())
                .hasSize(1);
        String level = responses.getFirst().json().at("/level/id").asString();
        assertThat(admin.get("/api/inventory/levels/" + level)
                        .json()
                        .get("onHand")
                        .asInt())
                .isEqualTo(5);
    }

    @Test
    void aRefusalIsReplayedEvenAfterTheCauseWentAway() {
        String email = unique("taken") + "@example.com";
        Response holder = admin().post("/api/customers", customer(email));
        assertThat(holder.status()).isEqualTo(201);
        String key = unique("key");
        Map<String, Object> body = customer(email);

        Response refused = admin().post("/api/customers", body, KEY, key);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("duplicate_email");

        // free the email: running the request again would now succeed, but the key's answer stays the first one
        Response renamed = admin().put("/api/customers/" + holder.id(), customer(unique("moved") + "@example.com"));
        assertThat(renamed.status()).isEqualTo(200);
        Response replayed = admin().post("/api/customers", body, KEY, key);

        assertThat(replayed.status()).isEqualTo(409);
        assertThat(replayed.body()).isEqualTo(refused.body());
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(customersWithEmail(email)).isZero();
        assertThat(storedStatus(key)).isEqualTo(409);
    }

    @Test
    void validationFailuresAreStoredWithTheirProblem() {
        String key = unique("key");
        Map<String, Object> invalid = Map.of("name", "", "email", "not-an-email");

        Response first = admin().post("/api/customers", invalid, KEY, key);
        Response again = admin().post("/api/customers", invalid, KEY, key);

        assertThat(first.status()).isEqualTo(400);
        assertThat(first.code()).isEqualTo("validation_failed");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Content-Type")).isEqualTo(first.header("Content-Type"));
    }

    @Test
    void withoutAKeyNothingChanges() {
        Map<String, Object> body = customer(unique("plain") + "@example.com");

        Response first = admin().post("/api/customers", body);
        Response second = admin().post("/api/customers", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("duplicate_email");
        assertThat(second.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void refusesMalformedKeys() {
        for (String bad : List.of("x".repeat(256), "has space", "tab\there")) {
            Response response = admin().post("/api/customers", customer(unique("bad") + "@example.com"), KEY, bad);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.code()).as(bad).isEqualTo("invalid_idempotency_key");
        }
        Response longest = admin().post(
                        "/api/customers",
                        customer(unique("ok") + "@example.com"),
                        KEY,
                        "k".repeat(247) + unique("").substring(1));
        assertThat(longest.status()).isEqualTo(201);
    }

    @Test
    void nonAtomicBulkKeepsItsPerRowResultsAndReplaysThem() {
        String prefix = unique("IDEM").toUpperCase();
        List<Object> rows = List.of(item(prefix + "-1"), with(item(prefix + "-2"), "price", -5), item(prefix + "-3"));
        String key = unique("key");

        Response first = admin().post("/api/catalog/bulk?atomic=false", rows, KEY, key);
        Response again = admin().post("/api/catalog/bulk?atomic=false", rows, KEY, key);
        Response atomic = admin().post("/api/catalog/bulk?atomic=true", rows, KEY, key);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().at("/counts/created").asInt()).isEqualTo(2);
        assertThat(first.json().at("/counts/failed").asInt()).isEqualTo(1);
        assertThat(first.json().at("/rows/1/status").asString()).isEqualTo("failed");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(atomic.status()).isEqualTo(422);
        assertThat(atomic.code()).isEqualTo("idempotency_mismatch");
        assertThat(jdbc.sql("SELECT count(*) FROM catalog_items WHERE sku LIKE :p")
                        .param("p", prefix + "-%")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void rejectedAtomicBulkSavesNothingAndReplaysItsRejection() {
        String prefix = unique("ATOM").toUpperCase();
        List<Object> rows = List.of(item(prefix + "-1"), with(item(prefix + "-2"), "price", -5));
        String key = unique("key");

        Response first = admin().post("/api/catalog/bulk?atomic=true", rows, KEY, key);
        Response again = admin().post("/api/catalog/bulk?atomic=true", rows, KEY, key);

        assertThat(first.status()).isEqualTo(422);
        assertThat(first.code()).isEqualTo("bulk_rejected");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(jdbc.sql("SELECT count(*) FROM catalog_items WHERE sku LIKE :p")
                        .param("p", prefix + "-%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void worksForAVendorWhoseTransactionsRunUnderTheVendorRole() {
        Response vendor = admin().post("/api/vendors", Map.of("name", unique("Vendor")), KEY, unique("key"));
        assertThat(vendor.status()).as(vendor.body()).isEqualTo(201);
        Api seller = as(Role.VENDOR, UUID.fromString(vendor.id()));
        String prefix = unique("VEND").toUpperCase();
        List<Object> rows = List.of(item(prefix + "-1"));
        String key = unique("key");

        Response first = seller.post("/api/catalog/bulk", rows, KEY, key);
        Response again = seller.post("/api/catalog/bulk", rows, KEY, key);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().at("/counts/created").asInt()).isEqualTo(1);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void signedOutRequestsIgnoreTheKey() {
        String key = unique("key");
        Map<String, String> login = Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD);

        Response first = anonymous().post("/api/auth/login", login, KEY, key);
        Response second = anonymous().post("/api/auth/login", login, KEY, key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.header("Idempotent-Replayed")).isNull();
        assertThat(storedStatus(key)).isNull();
    }

    @Test
    void aStreamedBodyOverTheLimitIsStill413() throws Exception {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        // no Content-Length: the size limit can only count the bytes as this filter reads them
        var streamed = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofByteArrays(java.util.Collections.nCopies(40, chunk)));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/customers"))
                .header("Authorization", "Bearer " + admin().token())
                .header("Content-Type", "application/json")
                .header(KEY, unique("key"))
                .POST(streamed)
                .timeout(java.time.Duration.ofSeconds(60))
                .build();
        try (HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
            assertThat(response.body()).contains("payload_too_large");
        }
    }

    @Test
    void theOpenApiDocumentListsTheHeaderOnSignedInPosts() {
        JsonNode paths = anonymous().get("/v3/api-docs").json().get("paths");

        assertThat(headerNames(paths.at("/~1api~1customers/post"))).contains(KEY);
        assertThat(headerNames(paths.at("/~1api~1catalog~1bulk/post"))).contains(KEY);
        assertThat(headerNames(paths.at("/~1api~1auth~1login/post"))).doesNotContain(KEY);
        assertThat(headerNames(paths.at("/~1api~1customers/get"))).doesNotContain(KEY);
    }

    private static List<String> headerNames(JsonNode operation) {
        assertThat(operation.isMissingNode()).isFalse();
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(p -> {
            if ("header".equals(p.path("in").asString())) {
                names.add(p.path("name").asString());
            }
        });
        return names;
    }

    private long customersWithEmail(Object email) {
        return jdbc.sql("SELECT count(*) FROM customers WHERE lower(email) = lower(:email)")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    private Integer storedStatus(String key) {
        return jdbc.sql("SELECT status FROM idempotency_keys WHERE key = :key")
                .param("key", key)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    static Map<String, Object> customer(String email) {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("name", "Ada " + email);
        customer.put("email", email);
        customer.put("tags", List.of("idempotency"));
        return customer;
    }

    static Map<String, Object> item(String sku) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", sku.toUpperCase());
        item.put("name", "Jersey " + sku);
        item.put("price", 49.90);
        item.put("currency", "EUR");
        item.put("status", "draft");
        item.put("fulfillment", "stock");
        return item;
    }

    static Map<String, Object> with(Map<String, Object> map, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(field, value);
        return copy;
    }
}
