package dev.shopfloor.partners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StoresIntegrationTests extends IntegrationTest {

    @Test
    void createsReadsUpdatesAndDeletesAStore() {
        String code = code();
        Response created = admin().post("/api/stores", store(code, "Berlin Mitte", "EUR", "Europe/Berlin"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.id();
        assertThat(created.header("Location")).isEqualTo("/api/stores/" + id);
        assertThat(created.json().get("code").asString()).isEqualTo(code);
        assertThat(created.json().get("currency").asString()).isEqualTo("EUR");
        assertThat(created.json().get("timezone").asString()).isEqualTo("Europe/Berlin");

        Response updated = admin().put(
                        "/api/stores/" + id,
                        store(code, "Berlin Kreuzberg", "EUR", "Europe/Berlin"),
                        "If-Match",
                        "\"1\"");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"2\"");
        assertThat(admin().get("/api/stores/" + id).json().get("name").asString())
                .isEqualTo("Berlin Kreuzberg");

        assertThat(admin().delete("/api/stores/" + id, "If-Match", "\"2\"").status())
                .isEqualTo(204);
        assertThat(admin().get("/api/stores/" + id).status()).isEqualTo(404);
    }

    @Test
    void defaultsCurrencyAndTimeZoneAndUpperCasesTheCode() {
        String code = code().toLowerCase();
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Outlet");
        Response created = admin().post("/api/stores", body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("code").asString()).isEqualTo(code.toUpperCase());
        assertThat(created.json().get("currency").asString()).isEqualTo("USD");
        assertThat(created.json().get("timezone").asString()).isEqualTo("UTC");
    }

    @Test
    void refusesADuplicateCode() {
        String code = code();
        assertThat(admin().post("/api/stores", store(code, "One", "USD", "UTC")).status())
                .isEqualTo(201);
        Response duplicate = admin().post("/api/stores", store(code.toLowerCase(), "Two", "USD", "UTC"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("duplicate_code");
    }

    @Test
    void refusesUnknownTimeZonesAndCurrencies() {
        Response zone = admin().post("/api/stores", store(code(), "Nowhere", "USD", "Mars/Olympus_Mons"));
        assertThat(zone.status()).isEqualTo(400);
        assertThat(zone.code()).isEqualTo("validation_failed");
        assertThat(zone.json().get("errors").get(0).get("field").asString()).isEqualTo("timezone");

        Response currency = admin().post("/api/stores", store(code(), "Nowhere", "XYZ", "UTC"));
        assertThat(currency.status()).isEqualTo(400);
        assertThat(currency.json().get("errors").get(0).get("field").asString()).isEqualTo("currency");

        Response badCode = admin().post("/api/stores", store("no spaces!", "Nowhere", "USD", "UTC"));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
    }

    @Test
    void honoursConditionalRequests() {
        String code = code();
        String id = admin().post("/api/stores", store(code, "Conditional", "USD", "UTC"))
                .id();
        assertThat(admin().get("/api/stores/" + id, "If-None-Match", "\"1\"").status())
                .isEqualTo(304);
        assertThat(admin().put("/api/stores/" + id, store(code, "Changed", "USD", "UTC"), "If-Match", "\"7\"")
                        .status())
                .isEqualTo(412);
        Map<String, Object> stale = store(code, "Changed", "USD", "UTC");
        stale.put("version", 7);
        assertThat(admin().put("/api/stores/" + id, stale).status()).isEqualTo(409);
        assertThat(admin().get("/api/stores/" + id).json().get("name").asString())
                .isEqualTo("Conditional");
    }

    @Test
    void listsByCodeOrNameAndActive() {
        String code = code();
        String id =
                admin().post("/api/stores", store(code, "Listed", "USD", "UTC")).id();
        Response byCode = admin().get("/api/stores?q=" + code.toLowerCase() + "&active=true");
        assertThat(byCode.json().get("items").get(0).get("id").asString()).isEqualTo(id);
        assertThat(admin().get("/api/stores?q=" + code + "&active=false")
                        .json()
                        .get("items")
                        .size())
                .isZero();
        assertThat(admin().get("/api/stores?limit=0").status()).isEqualTo(400);
    }

    @Test
    void letsStaffReadButOnlyAdminsWrite() {
        String id = admin().post("/api/stores", store(code(), "Guarded", "USD", "UTC"))
                .id();
        Api manager = as(Role.MANAGER);
        assertThat(manager.get("/api/stores/" + id).status()).isEqualTo(200);
        assertThat(manager.post("/api/stores", store(code(), "Nope", "USD", "UTC"))
                        .status())
                .isEqualTo(403);
        assertThat(manager.delete("/api/stores/" + id).status()).isEqualTo(403);
        UUID vendor = UUID.fromString(admin().post("/api/vendors", VendorsIntegrationTests.vendor(unique("V"), null))
                .id());
        assertThat(as(Role.VENDOR, vendor).get("/api/stores").status()).isEqualTo(403);
    }

    private static String code() {
        return unique("S").toUpperCase();
    }

    static Map<String, Object> store(String code, String name, String currency, String timezone) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("currency", currency);
        body.put("timezone", timezone);
        return body;
    }
}
