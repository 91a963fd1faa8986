package dev.shopfloor.changefeed.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class HistoryIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void showsACustomersChangesFieldByFieldNewestFirst() {
        Api staff = as(Role.STAFF);
        String email = unique("hist") + "@example.com";
        String id = staff.post("/api/customers", customer("Ada Lovelace", email, null))
                .id();
        assertThat(staff.put("/api/customers/" + id, customer("Ada King", email, 1))
                        .status())
                .isEqualTo(200);

        Response history = as(Role.VIEWER).get("/api/customers/" + id + "/history");

        assertThat(history.status()).isEqualTo(200);
        JsonNode items = history.json().get("items");
        assertThat(ops(items)).containsExactly("update", "insert");
        JsonNode update = items.get(0);
        assertThat(update.get("version").asInt()).isEqualTo(2);
        assertThat(update.get("actorId").asString()).isNotBlank();
        assertThat(update.get("requestId").asString()).isNotBlank();
        Map<String, JsonNode> changes = byField(update.get("changes"));
        assertThat(changes).containsKey("name").doesNotContainKeys("version", "updatedAt");
        assertThat(changes.get("name").get("oldValue").asString()).isEqualTo("Ada Lovelace");
        assertThat(changes.get("name").get("newValue").asString()).isEqualTo("Ada King");
        Map<String, JsonNode> inserted = byField(items.get(1).get("changes"));
        assertThat(inserted.get("email").get("newValue").asString()).isEqualTo(email);
        assertThat(inserted.get("email").get("oldValue").isNull()).isTrue();
    }

    @Test
    void keepsTheHistoryOfADeletedCustomer() {
        String id = admin().post("/api/customers", customer("Gone Soon", unique("gone") + "@example.com", null))
                .id();
        assertThat(admin().delete("/api/customers/" + id).status()).isEqualTo(204);

        JsonNode items = admin().get("/api/customers/" + id + "/history").json().get("items");

        assertThat(ops(items)).startsWith("delete").endsWith("insert");
        assertThat(byField(items.get(0).get("changes"))
                        .get("name")
                        .get("oldValue")
                        .asString())
                .isEqualTo("Gone Soon");
    }

    @Test
    void refusesCustomerHistoryToVendorsAndUnknownIds() {
        String id = admin().post("/api/customers", customer("Private", unique("p") + "@example.com", null))
                .id();
        assertThat(as(Role.VENDOR, vendor())
                        .get("/api/customers/" + id + "/history")
                        .status())
                .isEqualTo(403);
        assertThat(admin().get("/api/customers/" + UUID.randomUUID() + "/history")
                        .code())
                .isEqualTo("not_found");
        assertThat(anonymous().get("/api/customers/" + id + "/history").status())
                .isEqualTo(401);
    }

    @Test
    void showsAVendorOnlyTheHistoryOfItsOwnItems() {
        UUID mine = vendor();
        UUID theirs = vendor();
        String myItem = admin().post("/api/catalog", item(mine)).id();
        String theirItem = admin().post("/api/catalog", item(theirs)).id();
        Api vendor = as(Role.VENDOR, mine);

        Response own = vendor.get("/api/catalog/" + myItem + "/history");
        Response other = vendor.get("/api/catalog/" + theirItem + "/history");

        assertThat(own.status()).isEqualTo(200);
        assertThat(ops(own.json().get("items"))).containsExactly("insert");
        assertThat(other.status()).isEqualTo(404);
        assertThat(as(Role.VIEWER).get("/api/catalog/" + theirItem + "/history").status())
                .isEqualTo(200);
    }

    @Test
    void pagesThroughLongHistories() {
        String email = unique("paged") + "@example.com";
        String id = admin().post("/api/customers", customer("Version 1", email, null))
                .id();
        for (int v = 1; v <= 4; v++) {
            assertThat(admin().put("/api/customers/" + id, customer("Version " + (v + 1), email, v))
                            .status())
                    .isEqualTo(200);
        }

        Response first = admin().get("/api/customers/" + id + "/history?limit=3");
        Response rest = admin().get("/api/customers/" + id + "/history?limit=3&cursor="
                + first.json().get("nextCursor").asString());

        List<Integer> versions = new ArrayList<>();
        first.json().get("items").forEach(e -> versions.add(e.get("version").asInt()));
        rest.json().get("items").forEach(e -> versions.add(e.get("version").asInt()));
        assertThat(versions).containsExactly(5, 4, 3, 2, 1);
        assertThat(rest.json().get("nextCursor").isNull()).isTrue();
    }

    /** A vendor row written through the app's transaction manager (the vendors API lives in partners). */
    private UUID vendor() {
        UUID id = Ids.newId();
        CurrentActor.runAs(
                Actor.system("test"),
                () -> new TransactionTemplate(transactions)
                        .executeWithoutResult(tx -> jdbc.sql("INSERT INTO vendors (id, name) VALUES (:id, :name)")
                                .param("id", id)
                                .param("name", unique("Vendor"))
                                .update()));
        return id;
    }

    private static Map<String, Object> customer(String name, String email, Integer version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", email);
        body.put("tags", List.of("history"));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private static Map<String, Object> item(UUID vendorId) {
        return Map.of(
                "sku",
                unique("HIST").toUpperCase(),
                "name",
                "History Tee",
                "price",
                19.99,
                "currency",
                "USD",
                "vendorId",
                vendorId.toString());
    }

    private static List<String> ops(JsonNode items) {
        List<String> ops = new ArrayList<>();
        items.forEach(item -> ops.add(item.get("op").asString()));
        return ops;
    }

    private static Map<String, JsonNode> byField(JsonNode changes) {
        Map<String, JsonNode> byField = new LinkedHashMap<>();
        changes.forEach(c -> byField.put(c.get("field").asString(), c));
        return byField;
    }
}
