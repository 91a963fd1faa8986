package dev.shopfloor.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

class CustomerCommunicationsIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Value("${shopfloor.database.app-user}")
    String appRole;

    @Test
    void logsAnEntryWithItsAuthorAndTime() {
        String customer = newCustomer();
        String email = unique("agent") + "@test.local";
        UUID author = CurrentActor.runAs(
                Actor.system("test"), () -> users.create(email, "password-x", Role.STAFF, null, List.of()));
        Api staff = anonymous().signedIn(email, "password-x");
        Instant before = Instant.now().minusSeconds(1);

        Response logged = staff.post(
                "/api/customers/" + customer + "/communications",
                Map.of("kind", "call", "direction", "in", "subject", "Order question", "body", "Asked about sizes"));

        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.header("Location")).contains("/api/customers/" + customer + "/communications/");
        assertThat(logged.json().get("authorId").asString()).isEqualTo(author.toString());
        assertThat(logged.json().get("customerId").asString()).isEqualTo(customer);
        assertThat(logged.json().get("direction").asString()).isEqualTo("in");
        assertThat(Instant.parse(logged.json().get("occurredAt").asString())).isAfter(before);
        assertThat(jdbc.sql("SELECT actor_id FROM change_log WHERE topic = 'customer_communications' AND entity_id = ?")
                        .param(UUID.fromString(logged.id()))
                        .query(String.class)
                        .single())
                .isEqualTo(author.toString());
    }

    @Test
    void listsTheLogMostRecentFirstAcrossPages() {
        String customer = newCustomer();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String older = log(customer, "meeting", now.minus(2, ChronoUnit.DAYS));
        String newest = log(customer, "email", now);
        String backdated = log(customer, "note", now.minus(1, ChronoUnit.DAYS));
        String sameTime = log(customer, "note", now);
        log(newCustomer(), "note", now);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = admin().get("/api/customers/" + customer + "/communications?limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            page.json().get("items").forEach(item -> seen.add(item.get("id").asString()));
            cursor = page.json().get("nextCursor").isNull()
                    ? null
                    : page.json().get("nextCursor").asString();
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(2);
        assertThat(seen).containsExactly(sameTime, newest, backdated, older);
    }

    @Test
    void refusesInvalidEntries() {
        String path = "/api/customers/" + newCustomer() + "/communications";

        Response badKind = admin().post(path, Map.of("kind", "sms", "body", "hi"));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().at("/errors/0/field").asString()).isEqualTo("kind");
        assertThat(admin().post(path, Map.of("kind", "note", "body", " ")).code())
                .isEqualTo("validation_failed");
        assertThat(admin().post(path, Map.of("kind", "call", "direction", "sideways", "body", "x"))
                        .status())
                .isEqualTo(400);
        assertThat(admin().post(path, Map.of("kind", "note", "body", "x", "occurredAt", "last tuesday"))
                        .status())
                .isEqualTo(400);
        assertThat(admin().get(path + "?limit=500").status()).isEqualTo(400);
    }

    @Test
    void neverLetsTheApplicationRoleChangeOrRemoveAnEntry() {
        assertThat(privilege("INSERT")).isTrue();
        assertThat(privilege("SELECT")).isTrue();
        assertThat(privilege("UPDATE")).isFalse();
        assertThat(privilege("DELETE")).isFalse();
    }

    @Test
    void readsOneEntryByItsLocation() {
        String customer = newCustomer();
        String entry = log(customer, "meeting", Instant.now());

        Response read = admin().get("/api/customers/" + customer + "/communications/" + entry);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("kind").asString()).isEqualTo("meeting");
        assertThat(admin().get("/api/customers/" + newCustomer() + "/communications/" + entry)
                        .status())
                .isEqualTo(404);
    }

    private boolean privilege(String privilege) {
        return jdbc.sql("SELECT has_table_privilege(:role, 'customer_communications', :privilege)")
                .param("role", appRole)
                .param("privilege", privilege)
                .query(Boolean.class)
                .single();
    }

    private String newCustomer() {
        Response created = admin().post("/api/customers", Map.of("name", unique("Talked To")));
        assertThat(created.status()).isEqualTo(201);
        return created.id();
    }

    private String log(String customer, String kind, Instant occurredAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("body", kind + " at " + occurredAt);
        body.put("occurredAt", occurredAt.toString());
        Response logged = admin().post("/api/customers/" + customer + "/communications", body);
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        return logged.id();
    }
}
