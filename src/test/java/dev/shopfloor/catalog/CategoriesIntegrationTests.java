package dev.shopfloor.catalog;

import static dev.shopfloor.catalog.CatalogFixtures.item;
import static dev.shopfloor.catalog.CatalogFixtures.sku;
import static dev.shopfloor.catalog.CatalogFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CategoriesIntegrationTests extends IntegrationTest {

    @Test
    void returnsTheWholeTreeWithNestedChildren() {
        String root = category(unique("Apparel"), null);
        String shirts = category("Shirts", root);
        String polos = category("Polos", shirts);

        Response tree = admin().get("/api/catalog/categories");
        assertThat(tree.status()).isEqualTo(200);
        JsonNode rootNode = find(tree.json(), root);
        assertThat(rootNode).isNotNull();
        assertThat(rootNode.at("/children/0/id").asString()).isEqualTo(shirts);
        assertThat(rootNode.at("/children/0/children/0/id").asString()).isEqualTo(polos);
        assertThat(rootNode.at("/children/0/children/0/parentId").asString()).isEqualTo(shirts);
    }

    @Test
    void refusesTheSameNameTwiceUnderOneParent() {
        String root = category(unique("Shoes"), null);
        category("Running", root);
        Response again = admin().post("/api/catalog/categories", body("running", root));
        assertThat(again.status()).isEqualTo(409);
        // the same name under another parent is fine
        assertThat(admin().post("/api/catalog/categories", body("Running", category(unique("Kids"), null)))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void renamesAndMovesButRefusesCycles() {
        String a = category(unique("A"), null);
        String b = category("B", a);
        String c = category("C", b);

        Response cycle = admin().put("/api/catalog/categories/" + a, body("A", c));
        assertThat(cycle.status()).isEqualTo(422);
        assertThat(cycle.code()).isEqualTo("category_cycle");
        Response self = admin().put("/api/catalog/categories/" + a, body("A", a));
        assertThat(self.status()).isEqualTo(422);

        Response move = admin().put("/api/catalog/categories/" + c, body("C moved", a), "If-Match", "\"1\"");
        assertThat(move.status()).isEqualTo(200);
        assertThat(move.json().get("parentId").asString()).isEqualTo(a);
        assertThat(move.json().get("version").asInt()).isEqualTo(2);

        Response stale = admin().put("/api/catalog/categories/" + c, body("C again", a), "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        Response unknownParent =
                admin().put("/api/catalog/categories/" + c, body("C", "0190aaaa-0000-7000-8000-000000000000"));
        assertThat(unknownParent.status()).isEqualTo(400);
    }

    @Test
    void refusesToDeleteACategoryWithChildrenOrItems() {
        String parent = category(unique("Bags"), null);
        String child = category("Backpacks", parent);
        Response withChild = admin().delete("/api/catalog/categories/" + parent);
        assertThat(withChild.status()).isEqualTo(409);
        assertThat(withChild.code()).isEqualTo("has_dependents");

        admin().post("/api/catalog", with(item(sku()), "categoryId", child));
        Response withItem = admin().delete("/api/catalog/categories/" + child);
        assertThat(withItem.status()).isEqualTo(409);
        assertThat(withItem.code()).isEqualTo("has_dependents");

        String empty = category(unique("Empty"), null);
        assertThat(admin().delete("/api/catalog/categories/" + empty).status()).isEqualTo(204);
        assertThat(admin().get("/api/catalog/categories/" + empty).status()).isEqualTo(404);
    }

    @Test
    void onlyStaffAndAboveWriteCategories() {
        assertThat(as(Role.VIEWER)
                        .post("/api/catalog/categories", body(unique("X"), null))
                        .status())
                .isEqualTo(403);
        assertThat(as(Role.VIEWER).get("/api/catalog/categories").status()).isEqualTo(200);
        String id = category(unique("Y"), null);
        assertThat(as(Role.STAFF).delete("/api/catalog/categories/" + id).status())
                .isEqualTo(403);
        assertThat(anonymous().get("/api/catalog/categories").status()).isEqualTo(401);
    }

    @Test
    void sportsAndFabricsHaveCrudAndRefuseDeletionWhileUsed() {
        Response sport = admin().post("/api/catalog/sports", Map.of("name", unique("Hockey")));
        assertThat(sport.status()).isEqualTo(201);
        Response fabric = admin().post(
                        "/api/catalog/fabrics",
                        Map.of("name", unique("Jersey knit"), "composition", "100% polyester", "weightGsm", 160));
        assertThat(fabric.status()).isEqualTo(201);
        assertThat(fabric.json().get("weightGsm").asInt()).isEqualTo(160);

        Response renamed =
                admin().put("/api/catalog/sports/" + sport.id(), Map.of("name", unique("Ice hockey"), "version", 1));
        assertThat(renamed.json().get("version").asInt()).isEqualTo(2);
        assertThat(admin().put("/api/catalog/sports/" + sport.id(), Map.of("name", "x", "version", 1))
                        .status())
                .isEqualTo(409);

        admin().post(
                        "/api/catalog",
                        with(
                                with(item(sku()), "sportIds", java.util.List.of(sport.id())),
                                "fabricIds",
                                java.util.List.of(fabric.id())));
        assertThat(admin().delete("/api/catalog/sports/" + sport.id()).code()).isEqualTo("has_dependents");
        assertThat(admin().delete("/api/catalog/fabrics/" + fabric.id()).code()).isEqualTo("has_dependents");

        String unused = admin().post("/api/catalog/fabrics", Map.of("name", unique("Linen")))
                .id();
        assertThat(admin().delete("/api/catalog/fabrics/" + unused).status()).isEqualTo(204);
        assertThat(admin().get("/api/catalog/sports?limit=1").json().get("items"))
                .hasSize(1);
        Response unknownSport = admin().post(
                        "/api/catalog",
                        with(item(sku()), "sportIds", java.util.List.of("0190aaaa-0000-7000-8000-000000000000")));
        assertThat(unknownSport.status()).isEqualTo(400);
    }

    private String category(String name, @Nullable String parentId) {
        Response created = admin().post("/api/catalog/categories", body(name, parentId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private static Map<String, Object> body(String name, @Nullable String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("parentId", parentId);
        return body;
    }

    private static @Nullable JsonNode find(JsonNode nodes, String id) {
        for (JsonNode n : nodes) {
            if (n.get("id").asString().equals(id)) {
                return n;
            }
        }
        return null;
    }
}
