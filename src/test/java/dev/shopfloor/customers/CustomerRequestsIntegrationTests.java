package dev.shopfloor.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Who may call the customer endpoints, and how bad requests are refused. */
class CustomerRequestsIntegrationTests extends IntegrationTest {

    @Autowired
    @Qualifier("flywayDataSource")
    DataSource ownerDataSource;

    @Test
    void letsViewersReadButNotWrite() {
        String id = admin().post("/api/customers", Map.of("name", "Viewed")).id();
        Api viewer = as(Role.VIEWER);

        assertThat(viewer.get("/api/customers/" + id).status()).isEqualTo(200);
        assertThat(viewer.get("/api/customers").status()).isEqualTo(200);
        assertThat(viewer.get("/api/customers/" + id + "/communications").status())
                .isEqualTo(200);
        Response post = viewer.post("/api/customers", Map.of("name", "Nope"));
        assertThat(post.status()).isEqualTo(403);
        assertThat(post.code()).isEqualTo("forbidden");
        assertThat(viewer.put("/api/customers/" + id, Map.of("name", "Nope")).status())
                .isEqualTo(403);
        assertThat(viewer.delete("/api/customers/" + id).status()).isEqualTo(403);
        assertThat(viewer.post("/api/customers/" + id + "/communications", Map.of("kind", "note", "body", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(admin().get("/api/customers/" + id).json().get("name").asString())
                .isEqualTo("Viewed");
    }

    @Test
    void letsStaffEditButOnlyManagersDelete() {
        String id = admin().post("/api/customers", Map.of("name", "Edited")).id();
        Api staff = as(Role.STAFF);

        assertThat(staff.post("/api/customers", Map.of("name", "By Staff")).status())
                .isEqualTo(201);
        assertThat(staff.put("/api/customers/" + id, Map.of("name", "Edited By Staff"))
                        .status())
                .isEqualTo(200);
        assertThat(staff.delete("/api/customers/" + id).status()).isEqualTo(403);
        assertThat(as(Role.MANAGER).delete("/api/customers/" + id).status()).isEqualTo(204);
    }

    @Test
    void keepsVendorsAndAnonymousCallersOut() {
        String id = admin().post("/api/customers", Map.of("name", "Private")).id();
        Api vendor = as(Role.VENDOR, vendorId());

        assertThat(vendor.get("/api/customers").status()).isEqualTo(403);
        assertThat(vendor.get("/api/customers?ids=" + id).status()).isEqualTo(403);
        assertThat(vendor.get("/api/customers/" + id).status()).isEqualTo(403);
        assertThat(vendor.get("/api/customers/" + id + "/communications").status())
                .isEqualTo(403);
        assertThat(vendor.post("/api/customers", Map.of("name", "Nope")).status())
                .isEqualTo(403);
        Response anonymous = anonymous().get("/api/customers/" + id);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous().post("/api/customers", Map.of("name", "Nope")).status())
                .isEqualTo(401);
    }

    @Test
    void refusesMalformedJsonAndWrongTypes() {
        Response malformed = admin().post("/api/customers", "{\"name\": \"Broken\"");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("malformed_json");
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");

        Response wrongType = admin().post("/api/customers", Map.of("name", "Typed", "tags", Map.of("a", 1)));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.code()).isEqualTo("validation_failed");
        assertThat(wrongType.json().at("/errors/0/field").asString()).isEqualTo("tags");

        Response wrongVersion = admin().post("/api/customers", Map.of("name", "Typed", "version", "one"));
        assertThat(wrongVersion.status()).isEqualTo(400);
    }

    @Test
    void reportsEveryInvalidFieldWithItsPath() {
        Map<String, Object> address = new HashMap<>();
        address.put("kind", "home");
        address.put("line1", "");
        address.put("city", "Paris");
        address.put("country", "FRA");
        Map<String, Object> body = new HashMap<>();
        body.put("name", " ");
        body.put("email", "not-an-email");
        body.put("tags", Collections.nCopies(51, "t"));
        body.put("addresses", List.of(address));

        Response invalid = admin().post("/api/customers", body);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.code()).isEqualTo("validation_failed");
        assertThat(fields(invalid))
                .contains("name", "email", "tags", "addresses[0].kind", "addresses[0].line1", "addresses[0].country");

        body.put("name", "x".repeat(201));
        assertThat(fields(admin().post("/api/customers", body))).contains("name");
        Response longTag = admin().post("/api/customers", Map.of("name", "Tagged", "tags", List.of("x".repeat(51))));
        assertThat(longTag.status()).isEqualTo(400);
    }

    @Test
    void answers404ForUnknownIdsAnd400ForMalformedOnes() {
        String unknown = "/api/customers/" + UUID.randomUUID();
        Response get = admin().get(unknown);
        assertThat(get.status()).isEqualTo(404);
        assertThat(get.code()).isEqualTo("not_found");
        assertThat(admin().put(unknown, Map.of("name", "Ghost")).status()).isEqualTo(404);
        assertThat(admin().delete(unknown).status()).isEqualTo(404);
        assertThat(admin().get(unknown + "/communications").status()).isEqualTo(404);
        assertThat(admin().post(unknown + "/communications", Map.of("kind", "note", "body", "x"))
                        .status())
                .isEqualTo(404);

        Response malformed = admin().get("/api/customers/not-a-uuid");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("validation_failed");
        assertThat(admin().delete("/api/customers/123").status()).isEqualTo(400);
    }

    @Test
    void listsEveryCustomerEndpointInTheOpenApiDocument() {
        JsonNode paths = anonymous().get("/v3/api-docs").json().get("paths");
        assertThat(paths.has("/api/customers")).isTrue();
        assertThat(paths.get("/api/customers/{id}").has("put")).isTrue();
        assertThat(paths.get("/api/customers/{id}").has("delete")).isTrue();
        assertThat(paths.get("/api/customers/{customerId}/communications").has("post"))
                .isTrue();
        assertThat(paths.at("/~1api~1customers/get/summary").asString()).isNotBlank();
    }

    private static List<String> fields(Response response) {
        List<String> fields = new java.util.ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private UUID vendorId() {
        UUID id = UUID.randomUUID();
        JdbcClient.create(ownerDataSource)
                .sql("INSERT INTO vendors (id, name) VALUES (?, ?)")
                .params(id, unique("vendor"))
                .update();
        return id;
    }
}
