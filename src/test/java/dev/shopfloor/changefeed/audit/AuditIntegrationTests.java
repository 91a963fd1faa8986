package dev.shopfloor.changefeed.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class AuditIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void showsWhoChangedWhatWithOldAndNewValuesNewestFirst() {
        Actor staff = someone(Role.STAFF);
        UUID vendor = Ids.newId();
        String name = unique("Acme");
        as(staff, "INSERT INTO vendors (id, name, email) VALUES (:id, :name, 'a@acme.test')", vendor, name);
        as(staff, "UPDATE vendors SET name = :name || ' Ltd' WHERE id = :id", vendor, name);
        as(staff, "DELETE FROM vendors WHERE id = :id", vendor, name);

        Response audit = admin().get("/api/audit?entityId=" + vendor);

        assertThat(audit.status()).isEqualTo(200);
        JsonNode items = audit.json().get("items");
        assertThat(ops(items)).containsExactly("delete", "update", "insert");
        JsonNode update = items.get(1);
        assertThat(update.get("topic").asString()).isEqualTo("vendors");
        assertThat(update.get("entityId").asString()).isEqualTo(vendor.toString());
        assertThat(update.get("actorId").asString()).isEqualTo(staff.id());
        assertThat(update.get("version").asInt()).isEqualTo(2);
        assertThat(update.get("changed").get(0).asString()).isEqualTo("name");
        assertThat(update.at("/oldValues/name").asString()).isEqualTo(name);
        assertThat(update.at("/newValues/name").asString()).isEqualTo(name + " Ltd");
        assertThat(update.get("newValues").has("createdAt")).isTrue();
        assertThat(update.get("newValues").has("created_at")).isFalse();
        assertThat(update.has("seq")).isTrue();
        assertThat(update.get("at").asString()).endsWith("Z");
        assertThat(items.get(0).get("newValues").isNull()).isTrue();
        assertThat(items.get(2).get("oldValues").isNull()).isTrue();
    }

    @Test
    void recordsTheSignedInUserAndTheRequestIdOfHttpWrites() {
        Response login = anonymous().post("/api/auth/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        String adminId = login.json().at("/user/id").asString();
        String requestId = unique("audit-req");
        String vendor = admin().post("/api/vendors", Map.of("name", unique("Http Vendor")))
                .id();
        Response renamed =
                admin().put("/api/vendors/" + vendor, Map.of("name", unique("Renamed")), "X-Request-Id", requestId);
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(admin().delete("/api/vendors/" + vendor).status()).isEqualTo(204);

        JsonNode items = as(Role.MANAGER)
                .get("/api/audit?topic=vendors&entityId=" + vendor)
                .json()
                .get("items");

        assertThat(ops(items)).containsExactly("delete", "update", "insert");
        assertThat(items)
                .allSatisfy(e -> assertThat(e.get("actorId").asString()).isEqualTo(adminId));
        assertThat(items.get(1).get("requestId").asString()).isEqualTo(requestId);
        assertThat(items.get(1).get("changed").toString()).contains("name");
    }

    @Test
    void filtersByActorTopicAndTime() {
        Actor first = someone(Role.STAFF);
        Actor second = someone(Role.MANAGER);
        UUID vendorOfFirst = Ids.newId();
        UUID vendorOfSecond = Ids.newId();
        Instant before = Instant.now().minusMillis(1);
        as(first, "INSERT INTO vendors (id, name) VALUES (:id, :name)", vendorOfFirst, unique("First"));
        as(second, "INSERT INTO vendors (id, name) VALUES (:id, :name)", vendorOfSecond, unique("Second"));
        Instant after = Instant.now().plusMillis(1);

        JsonNode byFirst =
                admin().get("/api/audit?actorId=" + first.id()).json().get("items");
        assertThat(entities(byFirst)).containsExactly(vendorOfFirst.toString());

        JsonNode vendorsInWindow = admin().get(
                        "/api/audit?topic=vendors&from=" + before + "&to=" + after + "&limit=200")
                .json()
                .get("items");
        assertThat(entities(vendorsInWindow)).contains(vendorOfFirst.toString(), vendorOfSecond.toString());

        JsonNode storesOfFirst = admin().get("/api/audit?topic=stores&actorId=" + first.id())
                .json()
                .get("items");
        assertThat(storesOfFirst).isEmpty();

        JsonNode beforeTheWindow = admin().get("/api/audit?actorId=" + second.id() + "&to=" + before)
                .json()
                .get("items");
        assertThat(beforeTheWindow).isEmpty();
    }

    @Test
    void pagesWithACursorWithoutOverlap() {
        Actor staff = someone(Role.STAFF);
        UUID vendor = Ids.newId();
        String name = unique("Paged");
        as(staff, "INSERT INTO vendors (id, name) VALUES (:id, :name)", vendor, name);
        as(staff, "UPDATE vendors SET notes = :name WHERE id = :id", vendor, name);
        as(staff, "UPDATE vendors SET notes = :name || '!' WHERE id = :id", vendor, name);

        Response first = admin().get("/api/audit?entityId=" + vendor + "&limit=2");
        assertThat(first.json().get("items")).hasSize(2);
        String cursor = first.json().get("nextCursor").asString();
        Response second = admin().get("/api/audit?entityId=" + vendor + "&limit=2&cursor=" + cursor);

        assertThat(second.json().get("items")).hasSize(1);
        assertThat(second.json().get("nextCursor").isNull()).isTrue();
        assertThat(second.json().at("/items/0/op").asString()).isEqualTo("insert");
    }

    @Test
    void neverShowsPasswordHashes() {
        String email = unique("secret") + "@test.local";
        UUID user = CurrentActor.runAs(
                Actor.system("test"), () -> users.create(email, "first-password", Role.STAFF, null, List.of()));
        as(someone(Role.ADMIN), "UPDATE users SET password_hash = 'changed-' || :name WHERE id = :id", user, "x");
        String hash = jdbc.sql("SELECT password_hash FROM users WHERE id = :id")
                .param("id", user)
                .query(String.class)
                .single();

        Response audit = admin().get("/api/audit?topic=users&entityId=" + user);

        assertThat(audit.status()).isEqualTo(200);
        assertThat(ops(audit.json().get("items"))).containsExactly("update", "insert");
        assertThat(audit.body()).doesNotContain(hash).doesNotContain("$2").doesNotContain("password_hash");
        for (JsonNode entry : audit.json().get("items")) {
            assertThat(entry.get("newValues").has("passwordHash")).isFalse();
            assertThat(entry.get("newValues").get("email").asString()).isEqualTo(email);
        }
    }

    @Test
    void isForAdminsAndManagersOnly() {
        assertThat(as(Role.MANAGER).get("/api/audit").status()).isEqualTo(200);
        assertThat(as(Role.STAFF).get("/api/audit").status()).isEqualTo(403);
        assertThat(as(Role.VIEWER).get("/api/audit").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/audit").status()).isEqualTo(401);
    }

    @Test
    void refusesBadQueriesAs400() {
        assertThat(admin().get("/api/audit?cursor=bogus").code()).isEqualTo("invalid_cursor");
        assertThat(admin().get("/api/audit?entityId=not-a-uuid").code()).isEqualTo("validation_failed");
        assertThat(admin().get("/api/audit?from=yesterday").status()).isEqualTo(400);
        assertThat(admin().get("/api/audit?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z")
                        .code())
                .isEqualTo("invalid_range");
        assertThat(admin().get("/api/audit?limit=500").code()).isEqualTo("invalid_limit");
    }

    private static Actor someone(Role role) {
        return Actor.user(UUID.randomUUID(), role, null, List.of());
    }

    /** A write through the app's own transaction manager, so the trigger records this actor. */
    private void as(Actor actor, String sql, UUID id, String name) {
        CurrentActor.runAs(
                actor,
                () -> new TransactionTemplate(transactions)
                        .executeWithoutResult(tx -> jdbc.sql(sql)
                                .param("id", id)
                                .param("name", name)
                                .update()));
    }

    private static List<String> ops(JsonNode items) {
        List<String> ops = new ArrayList<>();
        items.forEach(item -> ops.add(item.get("op").asString()));
        return ops;
    }

    private static List<String> entities(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("entityId").asString()));
        return ids;
    }
}
