package dev.shopfloor.partners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UsersIntegrationTests extends IntegrationTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Test
    void createsAUserWhoCanSignInAndNeverShowsTheHash() {
        String email = email();
        String store = admin().post(
                        "/api/stores", StoresIntegrationTests.store(unique("U").toUpperCase(), "Shop", "USD", "UTC"))
                .id();
        Map<String, Object> body = user(email, PASSWORD, "STAFF");
        body.put("storeIds", List.of(store));
        body.put("name", "Sam Staff");
        Response created = admin().post("/api/users", body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/users/" + created.id());
        assertThat(created.json().get("role").asString()).isEqualTo("STAFF");
        assertThat(created.json().get("storeIds").get(0).asString()).isEqualTo(store);
        assertThat(created.body()).doesNotContain("password").doesNotContain("$2a$");

        Response read = admin().get("/api/users/" + created.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.body()).doesNotContain("password").doesNotContain("$2a$");
        assertThat(anonymous().signedIn(email.toUpperCase(), PASSWORD).token()).isNotBlank();
    }

    @Test
    void refusesADuplicateEmailInAnyLetterCase() {
        String email = email();
        assertThat(admin().post("/api/users", user(email, PASSWORD, "VIEWER")).status())
                .isEqualTo(201);
        Response duplicate = admin().post("/api/users", user(email.toUpperCase(), PASSWORD, "STAFF"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("duplicate_email");
    }

    @Test
    void requiresAVendorForVendorUsersAndOnlyForThem() {
        Response withoutVendor = admin().post("/api/users", user(email(), PASSWORD, "VENDOR"));
        assertThat(withoutVendor.status()).isEqualTo(400);
        assertThat(withoutVendor.code()).isEqualTo("validation_failed");
        assertThat(withoutVendor.json().get("errors").get(0).get("field").asString())
                .isEqualTo("vendorId");

        String vendor = admin().post("/api/vendors", VendorsIntegrationTests.vendor(unique("V"), null))
                .id();
        Map<String, Object> staffWithVendor = user(email(), PASSWORD, "STAFF");
        staffWithVendor.put("vendorId", vendor);
        assertThat(admin().post("/api/users", staffWithVendor).status()).isEqualTo(400);

        Map<String, Object> unknownVendor = user(email(), PASSWORD, "VENDOR");
        unknownVendor.put("vendorId", UUID.randomUUID().toString());
        assertThat(admin().post("/api/users", unknownVendor).status()).isEqualTo(400);

        String email = email();
        Map<String, Object> vendorUser = user(email, PASSWORD, "VENDOR");
        vendorUser.put("vendorId", vendor);
        Response created = admin().post("/api/users", vendorUser);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("vendorId").asString()).isEqualTo(vendor);
        Response login = anonymous().post("/api/auth/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.json().at("/user/role").asString()).isEqualTo("VENDOR");
    }

    @Test
    void refusesShortPasswordsUnknownRolesAndUnknownStores() {
        Response shortPassword = admin().post("/api/users", user(email(), "too-short", "STAFF"));
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.json().get("errors").get(0).get("field").asString())
                .isEqualTo("password");
        assertThat(admin().post("/api/users", user(email(), PASSWORD, "SYSTEM")).status())
                .isEqualTo(400);
        assertThat(admin().post("/api/users", user(email(), PASSWORD, "OWNER")).status())
                .isEqualTo(400);
        assertThat(admin().post("/api/users", user("not-an-email", PASSWORD, "STAFF"))
                        .status())
                .isEqualTo(400);
        Map<String, Object> unknownStore = user(email(), PASSWORD, "STAFF");
        unknownStore.put("storeIds", List.of(UUID.randomUUID().toString()));
        assertThat(admin().post("/api/users", unknownStore).status()).isEqualTo(400);
    }

    @Test
    void deactivatedUserCannotSignIn() {
        String email = email();
        String id = admin().post("/api/users", user(email, PASSWORD, "MANAGER")).id();
        assertThat(anonymous()
                        .post("/api/auth/login", Map.of("email", email, "password", PASSWORD))
                        .status())
                .isEqualTo(200);

        assertThat(admin().delete("/api/users/" + id).status()).isEqualTo(204);

        Response login = anonymous().post("/api/auth/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.code()).isEqualTo("invalid_credentials");
        Response kept = admin().get("/api/users/" + id);
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.json().get("active").asBoolean()).isFalse();
    }

    @Test
    void updatesRoleStoresAndPasswordWithOptimisticLocking() {
        String email = email();
        String id = admin().post("/api/users", user(email, PASSWORD, "VIEWER")).id();
        Map<String, Object> change = new HashMap<>();
        change.put("role", "STAFF");
        change.put("name", "Promoted");
        change.put("password", "a-brand-new-password");
        Response updated = admin().put("/api/users/" + id, change, "If-Match", "\"1\"");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("role").asString()).isEqualTo("STAFF");
        assertThat(updated.header("ETag")).isEqualTo("\"2\"");

        assertThat(admin().put("/api/users/" + id, change, "If-Match", "\"1\"").status())
                .isEqualTo(412);
        change.put("version", 1);
        assertThat(admin().put("/api/users/" + id, change).status()).isEqualTo(409);
        assertThat(admin().get("/api/users/" + id, "If-None-Match", "\"2\"").status())
                .isEqualTo(304);

        assertThat(anonymous()
                        .post("/api/auth/login", Map.of("email", email, "password", PASSWORD))
                        .status())
                .isEqualTo(401);
        Response login =
                anonymous().post("/api/auth/login", Map.of("email", email, "password", "a-brand-new-password"));
        assertThat(login.json().at("/user/role").asString()).isEqualTo("STAFF");
    }

    @Test
    void listsByFreeTextRoleAndActive() {
        String marker = unique("findme");
        admin().post("/api/users", user(marker + "-a@test.local", PASSWORD, "STAFF"));
        admin().post("/api/users", user(marker + "-b@test.local", PASSWORD, "VIEWER"));
        Response staff = admin().get("/api/users?q=" + marker + "&role=STAFF");
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.json().get("items").size()).isEqualTo(1);
        assertThat(staff.json().get("items").get(0).get("email").asString()).isEqualTo(marker + "-a@test.local");
        assertThat(admin().get("/api/users?q=" + marker).json().get("items").size())
                .isEqualTo(2);
        assertThat(admin().get("/api/users?q=" + marker + "&active=false")
                        .json()
                        .get("items")
                        .size())
                .isZero();
        assertThat(admin().get("/api/users?role=OWNER").status()).isEqualTo(400);
    }

    @Test
    void onlyAdminsManageUsers() {
        String id =
                admin().post("/api/users", user(email(), PASSWORD, "VIEWER")).id();
        UUID vendor = UUID.fromString(admin().post("/api/vendors", VendorsIntegrationTests.vendor(unique("V"), null))
                .id());
        List<Api> others = List.of(as(Role.MANAGER), as(Role.STAFF), as(Role.VIEWER), as(Role.VENDOR, vendor));
        for (Api api : others) {
            assertThat(api.get("/api/users").status()).isEqualTo(403);
            assertThat(api.get("/api/users/" + id).status()).isEqualTo(403);
            assertThat(api.post("/api/users", user(email(), PASSWORD, "ADMIN")).status())
                    .isEqualTo(403);
            assertThat(api.put("/api/users/" + id, Map.of("role", "ADMIN")).status())
                    .isEqualTo(403);
            assertThat(api.delete("/api/users/" + id).status()).isEqualTo(403);
        }
        assertThat(anonymous().get("/api/users").status()).isEqualTo(401);
        assertThat(admin().get("/api/users/" + id).json().get("role").asString())
                .isEqualTo("VIEWER");
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        String email = email();
        String id = admin().post("/api/users", user(email, PASSWORD, "ADMIN")).id();
        Api self = anonymous().signedIn(email, PASSWORD);
        Response deactivate = self.delete("/api/users/" + id);
        assertThat(deactivate.status()).isEqualTo(422);
        assertThat(deactivate.code()).isEqualTo("own_access");
        assertThat(self.put("/api/users/" + id, Map.of("role", "VIEWER")).status())
                .isEqualTo(422);
        assertThat(admin().get("/api/users/" + id).json().get("role").asString())
                .isEqualTo("ADMIN");
    }

    private static String email() {
        return unique("user") + "@test.local";
    }

    private static Map<String, Object> user(String email, String password, String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("password", password);
        body.put("role", role);
        return body;
    }
}
