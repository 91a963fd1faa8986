package dev.shopfloor.catalog;

import static dev.shopfloor.catalog.CatalogFixtures.item;
import static dev.shopfloor.catalog.CatalogFixtures.itemWithVariants;
import static dev.shopfloor.catalog.CatalogFixtures.sku;
import static dev.shopfloor.catalog.CatalogFixtures.variant;
import static dev.shopfloor.catalog.CatalogFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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

class CatalogIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("flywayDataSource")
    DataSource ownerDataSource;

    @Test
    void createsAnItemWithVariantsAndReadsItBack() {
        String sku = sku();
        Response created = admin().post("/api/catalog", itemWithVariants(sku, "S", "M"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/catalog/" + created.id());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");

        Response read = admin().get("/api/catalog/" + created.id());
        assertThat(read.status()).isEqualTo(200);
        JsonNode item = read.json();
        assertThat(item.get("sku").asString()).isEqualTo(sku);
        assertThat(item.get("version").asInt()).isEqualTo(1);
        assertThat(item.get("price").decimalValue()).isEqualByComparingTo("49.90");
        assertThat(item.get("currency").asString()).isEqualTo("EUR");
        assertThat(item.get("status").asString()).isEqualTo("draft");
        assertThat(item.at("/specs/neck").asString()).isEqualTo("crew");
        assertThat(item.get("variants")).hasSize(2);
        assertThat(item.at("/variants/0/sku").asString()).isEqualTo(sku + "-S");
        assertThat(item.get("createdAt").asString()).endsWith("Z");
    }

    @Test
    void refusesADuplicateSkuOfAnotherItemOrVariantWith409() {
        String sku = sku();
        assertThat(admin().post("/api/catalog", itemWithVariants(sku, "S")).status())
                .isEqualTo(201);

        Response sameItemSku = admin().post("/api/catalog", item(sku.toLowerCase()));
        assertThat(sameItemSku.status()).isEqualTo(409);
        assertThat(sameItemSku.code()).isEqualTo("duplicate_sku");

        Response itemTakingAVariantSku = admin().post("/api/catalog", item(sku + "-S"));
        assertThat(itemTakingAVariantSku.status()).isEqualTo(409);
        assertThat(itemTakingAVariantSku.code()).isEqualTo("duplicate_sku");

        Response variantTakingAnItemSku =
                admin().post("/api/catalog", with(item(sku()), "variants", List.of(variant(sku, "L", "blue"))));
        assertThat(variantTakingAnItemSku.status()).isEqualTo(409);
        assertThat(variantTakingAnItemSku.code()).isEqualTo("duplicate_sku");
    }

    @Test
    void checksWhetherASkuIsAvailable() {
        String sku = sku();
        admin().post("/api/catalog", itemWithVariants(sku, "XL"));

        Response taken = admin().get("/api/catalog/check-sku?sku=" + sku + "-xl");
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.json().get("available").asBoolean()).isFalse();
        assertThat(taken.json().get("sku").asString()).isEqualTo(sku + "-xl");

        Response free = admin().get("/api/catalog/check-sku?sku=" + sku());
        assertThat(free.json().get("available").asBoolean()).isTrue();
    }

    @Test
    void replacesTheItemAndItsVariantSetKeepingVariantIds() {
        String sku = sku();
        Response created = admin().post("/api/catalog", itemWithVariants(sku, "S", "M"));
        String id = created.id();
        String keptId = created.json().at("/variants/0/id").asString();

        var variants = List.of(variant(sku + "-S", "S", "black"), variant(sku + "-L", "L", "red"));
        Response put = admin().put(
                        "/api/catalog/" + id,
                        with(with(item(sku), "variants", variants), "price", 59),
                        "If-Match",
                        "\"1\"");
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.header("ETag")).isEqualTo("\"2\"");
        JsonNode body = put.json();
        assertThat(body.get("version").asInt()).isEqualTo(2);
        assertThat(body.get("price").decimalValue()).isEqualByComparingTo("59");
        assertThat(body.get("variants")).hasSize(2);
        assertThat(body.at("/variants/0/id").asString()).isEqualTo(keptId);
        assertThat(body.at("/variants/0/color").asString()).isEqualTo("black");
        assertThat(body.at("/variants/1/sku").asString()).isEqualTo(sku + "-L");

        // the dropped variant's SKU is free again
        assertThat(admin().get("/api/catalog/check-sku?sku=" + sku + "-M")
                        .json()
                        .get("available")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aPutThatChangesNothingKeepsTheVersion() {
        String sku = sku();
        Response created = admin().post("/api/catalog", itemWithVariants(sku, "S"));
        Response put = admin().put("/api/catalog/" + created.id(), itemWithVariants(sku, "S"));
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void changingOnlyAVariantBumpsTheItemVersion() {
        String sku = sku();
        Response created = admin().post("/api/catalog", itemWithVariants(sku, "S"));
        Response put = admin().put(
                        "/api/catalog/" + created.id(),
                        with(item(sku), "variants", List.of(variant(sku + "-S", "S", "blue"))));
        assertThat(put.json().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void refusesAStaleIfMatchWith412AndAStaleBodyVersionWith409() {
        String sku = sku();
        String id = admin().post("/api/catalog", item(sku)).id();
        assertThat(admin().put("/api/catalog/" + id, with(item(sku), "name", "v2"))
                        .status())
                .isEqualTo(200);

        Response staleHeader = admin().put("/api/catalog/" + id, with(item(sku), "name", "v3"), "If-Match", "\"1\"");
        assertThat(staleHeader.status()).isEqualTo(412);
        assertThat(staleHeader.code()).isEqualTo("precondition_failed");

        Response staleBody = admin().put("/api/catalog/" + id, with(with(item(sku), "name", "v3"), "version", 1));
        assertThat(staleBody.status()).isEqualTo(409);
        assertThat(staleBody.code()).isEqualTo("version_conflict");

        assertThat(admin().get("/api/catalog/" + id).json().get("name").asString())
                .isEqualTo("v2");
    }

    @Test
    void answers304WhenTheClientHoldsTheCurrentVersion() {
        String id = admin().post("/api/catalog", item(sku())).id();
        Response notModified = admin().get("/api/catalog/" + id, "If-None-Match", "\"1\"");
        assertThat(notModified.status()).isEqualTo(304);
        Response modified = admin().get("/api/catalog/" + id, "If-None-Match", "\"0\"");
        assertThat(modified.status()).isEqualTo(200);
    }

    @Test
    void ofTwoConcurrentUpdatesWithTheSameVersionExactlyOneSucceeds() throws Exception {
        String sku = sku();
        String id = admin().post("/api/catalog", item(sku)).id();
        var api = admin();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String name = "concurrent " + i;
                calls.add(() -> api.put("/api/catalog/" + id, with(item(sku), "name", name), "If-Match", "\"1\"")
                        .status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdownNow();
        }
        assertThat(admin().get("/api/catalog/" + id).json().get("version").asInt())
                .isEqualTo(2);
    }

    @Test
    void deletesAnItemWithItsVariants() {
        String sku = sku();
        String id = admin().post("/api/catalog", itemWithVariants(sku, "S")).id();
        assertThat(admin().delete("/api/catalog/" + id, "If-Match", "\"9\"").status())
                .isEqualTo(412);
        assertThat(admin().delete("/api/catalog/" + id).status()).isEqualTo(204);
        assertThat(admin().get("/api/catalog/" + id).status()).isEqualTo(404);
        assertThat(admin().get("/api/catalog/check-sku?sku=" + sku + "-S")
                        .json()
                        .get("available")
                        .asBoolean())
                .isTrue();
        assertThat(admin().delete("/api/catalog/" + id).status()).isEqualTo(404);
    }

    /** Order lines arrive with a later issue; a stand-in table with a foreign key shows the same refusal. */
    @Test
    void refusesToDeleteAnItemThatOrderLinesReferTo() {
        String id = admin().post("/api/catalog", item(sku())).id();
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        owner.sql("CREATE TABLE IF NOT EXISTS test_order_lines (item_id uuid REFERENCES catalog_items (id))")
                .update();
        owner.sql("INSERT INTO test_order_lines VALUES (:id::uuid)")
                .param("id", id)
                .update();

        Response refused = admin().delete("/api/catalog/" + id);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("has_dependents");
        assertThat(refused.json().get("detail").asString()).contains("archive");
        assertThat(admin().get("/api/catalog/" + id).status()).isEqualTo(200);
    }

    @Test
    void refusesBadInputWithTheRight4xx() {
        Response malformed = admin().post("/api/catalog", "{\"sku\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("malformed_json");

        Response wrongType = admin().post("/api/catalog", with(item(sku()), "price", "cheap"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.code()).isEqualTo("validation_failed");
        assertThat(wrongType.json().at("/errors/0/field").asString()).isEqualTo("price");

        Response invalid = admin().post("/api/catalog", with(with(item("bad sku!"), "price", -1), "status", "sold"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").findValuesAsString("field")).contains("sku", "price", "status");

        Response tooPrecise = admin().post("/api/catalog", with(item(sku()), "price", 1.999));
        assertThat(tooPrecise.status()).isEqualTo(400);

        Response unknownCategory =
                admin().post("/api/catalog", with(item(sku()), "categoryId", "0190aaaa-0000-7000-8000-000000000000"));
        assertThat(unknownCategory.status()).isEqualTo(400);
        assertThat(unknownCategory.json().at("/errors/0/field").asString()).isEqualTo("categoryId");

        Response unknownId = admin().get("/api/catalog/0190aaaa-0000-7000-8000-000000000000");
        assertThat(unknownId.status()).isEqualTo(404);
        assertThat(unknownId.code()).isEqualTo("not_found");

        Response notAUuid = admin().get("/api/catalog/not-a-uuid");
        assertThat(notAUuid.status()).isEqualTo(400);

        Response repeatedVariantSku = admin().post(
                        "/api/catalog",
                        with(item(sku()), "variants", List.of(variant("X-1", "S", "r"), variant("x-1", "M", "r"))));
        assertThat(repeatedVariantSku.status()).isEqualTo(400);
    }

    @Test
    void refusesWritesOfViewersAndCallsWithoutToken() {
        Api viewer = as(Role.VIEWER);
        assertThat(viewer.post("/api/catalog", item(sku())).status()).isEqualTo(403);
        assertThat(viewer.get("/api/catalog").status()).isEqualTo(200);
        String id = admin().post("/api/catalog", item(sku())).id();
        assertThat(viewer.put("/api/catalog/" + id, item(sku())).status()).isEqualTo(403);
        assertThat(viewer.delete("/api/catalog/" + id).status()).isEqualTo(403);
        assertThat(as(Role.STAFF).delete("/api/catalog/" + id).status()).isEqualTo(403);
        assertThat(viewer.post("/api/catalog/bulk", List.of(item(sku()))).status())
                .isEqualTo(403);

        assertThat(anonymous().get("/api/catalog").status()).isEqualTo(401);
        assertThat(anonymous().post("/api/catalog", item(sku())).status()).isEqualTo(401);
    }

    @Test
    void listsEveryCatalogEndpointInTheOpenApiDocument() {
        JsonNode paths = anonymous().get("/v3/api-docs").json().get("paths");
        assertThat(paths.has("/api/catalog")).isTrue();
        assertThat(paths.has("/api/catalog/{id}")).isTrue();
        assertThat(paths.has("/api/catalog/check-sku")).isTrue();
        assertThat(paths.has("/api/catalog/bulk")).isTrue();
        assertThat(paths.has("/api/catalog/categories/{id}")).isTrue();
        assertThat(paths.has("/api/catalog/sports")).isTrue();
        assertThat(paths.has("/api/catalog/fabrics/{id}")).isTrue();
        assertThat(paths.has("/api/public/catalog/{sku}")).isTrue();
        assertThat(paths.at("/~1api~1catalog/get/summary").asString()).isNotBlank();
    }

    @Test
    void refusesAnInStockFilterThatIsNotABoolean() {
        assertThat(admin().get("/api/catalog?inStock=maybe").status()).isEqualTo(400);
    }

    @Test
    void storesAutoReorderDefaultingToFalse() {
        String sku = sku();
        Response plain = admin().post("/api/catalog", item(sku()));
        assertThat(plain.json().get("autoReorder").asBoolean()).isFalse();

        Response created = admin().post("/api/catalog", with(item(sku), "autoReorder", true));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("autoReorder").asBoolean()).isTrue();
        String id = created.id();
        assertThat(admin().get("/api/catalog/" + id).json().get("autoReorder").asBoolean())
                .isTrue();
        assertThat(jdbc.sql("SELECT auto_reorder FROM catalog_items WHERE id = :id::uuid")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        Response unchanged = admin().put("/api/catalog/" + id, with(item(sku), "autoReorder", true));
        assertThat(unchanged.json().get("version").asInt()).isEqualTo(1);

        // A PUT is the whole item: leaving autoReorder out turns it off, like any other omitted field.
        Response off = admin().put("/api/catalog/" + id, item(sku), "If-Match", "\"1\"");
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.json().get("autoReorder").asBoolean()).isFalse();
        assertThat(off.json().get("version").asInt()).isEqualTo(2);

        Response notABoolean = admin().post("/api/catalog", with(item(sku()), "autoReorder", "often"));
        assertThat(notABoolean.status()).isEqualTo(400);
    }

    @Test
    void recordsTheItemsSportsAndFabricsInItsChangeEvent() {
        String sport = admin().post("/api/catalog/sports", Map.of("name", unique("Rowing")))
                .id();
        String fabric = admin().post("/api/catalog/fabrics", Map.of("name", unique("Mesh")))
                .id();
        Response created = admin().post(
                        "/api/catalog",
                        with(with(item(sku()), "sportIds", List.of(sport)), "fabricIds", List.of(fabric)));
        assertThat(created.json().get("sportIds").get(0).asString()).isEqualTo(sport);

        String logged =
                jdbc.sql("""
                        SELECT new_row::text
                        FROM change_log
                        WHERE topic = 'catalog_items' AND entity_id = :id::uuid AND op = 'insert'
                        """).param("id", created.id()).query(String.class).single();
        assertThat(logged).contains(sport).contains(fabric);
    }
}
