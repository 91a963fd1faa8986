package dev.shopfloor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformIntegrationTests extends IntegrationTest {

    @Test
    void reportsHealthUpWithTheDatabase() {
        Response health = anonymous().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().at("/components/db/status").asString()).isEqualTo("UP");
    }

    @Test
    void signsInTheConfiguredAdmin() {
        Response login = anonymous().post("/api/auth/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(login.json().at("/user/role").asString()).isEqualTo("ADMIN");
        assertThat(login.json().get("expiresIn").asLong()).isPositive();
    }

    @Test
    void refusesWrongPasswordWithProblemJson() {
        Response login = anonymous().post("/api/auth/login", Map.of("email", ADMIN_EMAIL, "password", "wrong"));
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.header("Content-Type")).startsWith("application/problem+json");
        assertThat(login.code()).isEqualTo("invalid_credentials");
    }

    @Test
    void refusesApiCallsWithoutTokenAs401() {
        Response response = anonymous().get("/api/customers");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("unauthorized");
    }

    @Test
    void refusesMalformedJsonAs400() {
        Response response = anonymous().post("/api/auth/login", "{\"email\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("malformed_json");
    }

    @Test
    void refusesOversizedBodyAs413() {
        Response response = anonymous().post("/api/auth/login", "{\"email\":\"" + "x".repeat(2_000_000) + "\"}");
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.code()).isEqualTo("payload_too_large");
    }

    @Test
    void reportsMissingFieldsAsValidationErrors() {
        Response response = anonymous().post("/api/auth/login", Map.of("email", "a@b.c"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("validation_failed");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
    }

    @Test
    void servesTheOpenApiDocument() {
        Response docs = anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().at("/paths").has("/api/auth/login")).isTrue();
    }

    @Test
    void exposesPrometheusMetrics() {
        Response metrics = anonymous().send("GET", "/actuator/prometheus", null, "Accept", "text/plain");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }
}
