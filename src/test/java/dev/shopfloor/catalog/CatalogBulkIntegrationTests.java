package dev.shopfloor.catalog;

import static dev.shopfloor.catalog.CatalogFixtures.item;
import static dev.shopfloor.catalog.CatalogFixtures.variant;
import static dev.shopfloor.catalog.CatalogFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class CatalogBulkIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void upsertsTenThousandJsonRowsInOneRequestAndReRunsIdempotently() {
        String prefix = unique("BULK").toUpperCase();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String sku = prefix + "-" + i;
            var row = with(item(sku), "price", 10 + i % 90);
            if (i % 10 == 0) {
                row = with(row, "variants", List.of(variant(sku + "-S", "S", "red"), variant(sku + "-M", "M", "red")));
            }
            rows.add(row);
        }
        Response first = admin().post("/api/catalog/bulk", rows);
        assertThat(first.status())
                .as(first.body().substring(0, Math.min(500, first.body().length())))
                .isEqualTo(200);
        assertThat(first.json().at("/counts/created").asInt()).isEqualTo(10_000);
        assertThat(first.json().at("/counts/failed").asInt()).isZero();
        assertThat(first.json().at("/rows/0/status").asString()).isEqualTo("created");
        assertThat(first.json().at("/rows/0/id").asString()).isNotBlank();
        assertThat(count("SELECT count(*) FROM catalog_items WHERE sku LIKE :p", prefix + "-%"))
                .isEqualTo(10_000);
        assertThat(count("SELECT count(*) FROM catalog_variants WHERE sku LIKE :p", prefix + "-%"))
                .isEqualTo(2_000);

        rows.set(5, with(rows.get(5), "name", "renamed"));
        rows.set(10, with(rows.get(10), "variants", List.of(variant(prefix + "-10-S", "S", "blue"))));
        Response again = admin().post("/api/catalog/bulk", rows);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/counts/unchanged").asInt()).isEqualTo(9_998);
        assertThat(again.json().at("/counts/updated").asInt()).isEqualTo(2);
        assertThat(again.json().at("/rows/5/status").asString()).isEqualTo("updated");
        assertThat(count("SELECT count(*) FROM catalog_items WHERE sku LIKE :p AND version = 1", prefix + "-%"))
                .isEqualTo(9_998);
        assertThat(count("SELECT count(*) FROM catalog_variants WHERE sku LIKE :p", prefix + "-%"))
                .isEqualTo(1_999);
    }

    @Test
    void savesTheValidRowsAndReportsTheBadOnes() {
        String prefix = unique("PART").toUpperCase();
        List<Object> rows = List.of(
                item(prefix + "-1"),
                with(item(prefix + "-2"), "price", -5),
                with(item(prefix + "-3"), "price", "free"),
                item(prefix + "-1"));
        Response response = admin().post("/api/catalog/bulk", rows);
        assertThat(response.status()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.at("/counts/created").asInt()).isEqualTo(1);
        assertThat(report.at("/counts/failed").asInt()).isEqualTo(3);
        assertThat(report.at("/rows/1/row").asInt()).isEqualTo(2);
        assertThat(report.at("/rows/1/errors/0/field").asString()).isEqualTo("price");
        assertThat(report.at("/rows/2/errors/0/field").asString()).isEqualTo("price");
        assertThat(report.at("/rows/3/errors/0/message").asString()).contains("duplicate_sku");
        assertThat(count("SELECT count(*) FROM catalog_items WHERE sku LIKE :p", prefix + "-%"))
                .isEqualTo(1);
    }

    @Test
    void anAtomicBulkWithOneBadRowLeavesNothingBehind() {
        String prefix = unique("ATOM").toUpperCase();
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(item(prefix + "-" + i));
        }
        rows.add(with(item(prefix + "-bad"), "currency", "euro"));
        Response response = admin().post("/api/catalog/bulk?atomic=true", rows);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.code()).isEqualTo("bulk_rejected");
        assertThat(response.json().at("/counts/failed").asInt()).isEqualTo(1);
        assertThat(response.json().at("/rows/50/status").asString()).isEqualTo("failed");
        assertThat(count("SELECT count(*) FROM catalog_items WHERE sku LIKE :p", prefix + "-%"))
                .isZero();

        rows.removeLast();
        assertThat(admin().post("/api/catalog/bulk?atomic=true", rows)
                        .json()
                        .at("/counts/created")
                        .asInt())
                .isEqualTo(50);
    }

    @Test
    void upsertsFromCsvWithVariantRows() {
        String p = unique("CSV").toUpperCase();
        String csv = """
                sku,parentSku,name,description,price,currency,status,fulfillment,specs,size,color
                %1$s-1,,"Polo, classic",Cotton polo,25.00,USD,published,stock,"{""fit"":""slim""}",,
                %1$s-1-S,%1$s-1,,,,,,,,S,navy
                %1$s-1-M,%1$s-1,,,27.50,,,,,M,navy
                %1$s-2,,Cap,,9.99,USD,draft,made_to_order,,,
                %1$s-3,,Broken,,not-a-price,USD,,,,,
                %1$s-2,,Cap again,,9.99,USD,,,,,
                %1$s-9-S,%1$s-9,,,,,,,,S,red
                """.formatted(p);
        Response response = admin().post("/api/catalog/bulk", csv, "Content-Type", "text/csv");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().at("/counts/created").asInt()).isEqualTo(2);
        assertThat(response.json().at("/counts/failed").asInt()).isEqualTo(3);

        JsonNode polo = admin().get("/api/catalog?q=" + p + "-1").json().at("/items/0");
        assertThat(polo.get("name").asString()).isEqualTo("Polo, classic");
        assertThat(polo.at("/specs/fit").asString()).isEqualTo("slim");
        assertThat(polo.get("variants")).hasSize(2);
        assertThat(polo.at("/variants/1/price").decimalValue()).isEqualByComparingTo("27.50");
        assertThat(polo.at("/variants/0/price").isNull()).isTrue();

        Response rerun = admin().post("/api/catalog/bulk", csv, "Content-Type", "text/csv");
        assertThat(rerun.json().at("/counts/unchanged").asInt()).isEqualTo(2);
    }

    @Test
    void upsertsAutoReorderFromJsonAndCsv() {
        String p = unique("AUTO").toUpperCase();
        Response json = admin().post(
                        "/api/catalog/bulk",
                        List.of(
                                with(item(p + "-J1"), "autoReorder", true),
                                item(p + "-J2"),
                                with(item(p + "-J3"), "autoReorder", "often")));
        assertThat(json.json().at("/counts/created").asInt())
                .as(json.toString())
                .isEqualTo(2);
        assertThat(json.json().at("/rows/2/errors/0/field").asString()).isEqualTo("autoReorder");
        assertThat(admin().get("/api/catalog?q=" + p + "-J1")
                        .json()
                        .at("/items/0/autoReorder")
                        .asBoolean())
                .isTrue();
        assertThat(autoReorder(p + "-J1")).isTrue();
        assertThat(autoReorder(p + "-J2")).isFalse();

        String csv = """
                sku,name,price,currency,autoReorder
                %1$s-C1,Sock,4.00,USD,true
                %1$s-C2,Sock,4.00,USD,FALSE
                %1$s-C3,Sock,4.00,USD,
                %1$s-C4,Sock,4.00,USD,sometimes
                """.formatted(p);
        Response response = admin().post("/api/catalog/bulk", csv, "Content-Type", "text/csv");
        assertThat(response.json().at("/counts/created").asInt())
                .as(response.toString())
                .isEqualTo(3);
        assertThat(response.json().at("/rows/3/errors/0/field").asString()).isEqualTo("autoReorder");
        assertThat(autoReorder(p + "-C1")).isTrue();
        assertThat(autoReorder(p + "-C2")).isFalse();
        assertThat(autoReorder(p + "-C3")).isFalse();

        Response flipped = admin().post(
                        "/api/catalog/bulk",
                        "sku,name,price,currency,autoReorder\n%1$s-C1,Sock,4.00,USD,false\n".formatted(p),
                        "Content-Type",
                        "text/csv");
        assertThat(flipped.json().at("/counts/updated").asInt()).isEqualTo(1);
        assertThat(autoReorder(p + "-C1")).isFalse();
    }

    /** Read from the table: API reads go through caches that the change log invalidates a moment later. */
    private boolean autoReorder(String sku) {
        return jdbc.sql("SELECT auto_reorder FROM catalog_items WHERE sku = :sku")
                .param("sku", sku)
                .query(Boolean.class)
                .single();
    }

    @Test
    void refusesABodyThatIsNotAnArray() {
        assertThat(admin().post("/api/catalog/bulk", Map.of("sku", "x")).status())
                .isEqualTo(400);
        assertThat(admin().post("/api/catalog/bulk", "[{").status()).isEqualTo(400);
    }

    private long count(String sql, String pattern) {
        return jdbc.sql(sql).param("p", pattern).query(Long.class).single();
    }
}
