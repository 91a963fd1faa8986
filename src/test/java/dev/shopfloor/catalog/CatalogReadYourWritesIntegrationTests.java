package dev.shopfloor.catalog;

import static dev.shopfloor.catalog.CatalogFixtures.item;
import static dev.shopfloor.catalog.CatalogFixtures.sku;
import static dev.shopfloor.catalog.CatalogFixtures.variant;
import static dev.shopfloor.catalog.CatalogFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.changefeed.ChangeWaiter;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A node's own writes are visible to its very next read, without waiting for its change-log tailer: the write
 * path invalidates this node's caches right after its transaction commits. Each round first waits until the
 * previous change's event has been delivered and warms the caches with the current version, so the write's own
 * event is still on its way (or just arriving) when the read comes: only the write path can make it fresh.
 */
class CatalogReadYourWritesIntegrationTests extends IntegrationTest {

    private static final int ROUNDS = 50;

    @Test
    void aPriceChangeIsReadBackAtOnceByIdAndInTheCachedList() {
        String sku = sku();
        Map<String, Object> body = with(item(sku), "status", "published");
        String list = "/api/catalog?q=" + sku;
        String publicSku = "/api/public/catalog/" + sku;
        try (ChangeWaiter waiter = ChangeWaiter.subscribe(port, admin().token(), "catalog_items")) {
            UUID id = UUID.fromString(admin().post("/api/catalog", body).id());
            String byId = "/api/catalog/" + id;
            for (int round = 1; round <= ROUNDS; round++) {
                waiter.awaitVersion(id, round);
                warm(byId, list, publicSku);

                BigDecimal price = new BigDecimal("10.00").add(BigDecimal.valueOf(round));
                Response put = admin().put(byId, with(body, "price", price), "If-Match", "\"" + round + "\"");
                assertThat(put.status()).as(put.toString()).isEqualTo(200);

                Response read = admin().get(byId);
                assertThat(price(read)).as("round %d by id", round).isEqualByComparingTo(price);
                assertThat(read.header("ETag")).as("round %d", round).isEqualTo("\"" + (round + 1) + "\"");
                assertThat(price(admin().get(list))).as("round %d list", round).isEqualByComparingTo(price);
                assertThat(price(anonymous().get(publicSku)))
                        .as("round %d public SKU", round)
                        .isEqualByComparingTo(price);
            }
        }
    }

    @Test
    void aBulkUpsertIsReadBackAtOnceItemsAndVariants() {
        String prefix = sku();
        int size = 5;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String sku = prefix + "-" + i;
            rows.add(with(with(item(sku), "price", 20), "variants", List.of(variant(sku + "-S", "S", "red"))));
        }
        try (ChangeWaiter waiter = ChangeWaiter.subscribe(port, admin().token(), "catalog_items")) {
            Response created = admin().post("/api/catalog/bulk", rows);
            assertThat(created.status()).as(created.toString()).isEqualTo(200);
            List<UUID> ids = new ArrayList<>();
            created.json()
                    .get("rows")
                    .forEach(r -> ids.add(UUID.fromString(r.get("id").asString())));
            assertThat(ids).hasSize(size);

            for (int round = 1; round <= ROUNDS / 5; round++) {
                for (UUID id : ids) {
                    waiter.awaitVersion(id, round);
                }
                String list = "/api/catalog?q=" + prefix;
                warm(ids.stream().map(id -> "/api/catalog/" + id).toArray(String[]::new));
                warm(list);

                BigDecimal price = new BigDecimal("20.00").add(BigDecimal.valueOf(round));
                String color = "colour" + round;
                List<Map<String, Object>> changed = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    String sku = prefix + "-" + i;
                    changed.add(with(
                            with(item(sku), "price", price), "variants", List.of(variant(sku + "-S", "S", color))));
                }
                Response upsert = admin().post("/api/catalog/bulk", changed);
                assertThat(upsert.status()).as(upsert.toString()).isEqualTo(200);
                assertThat(upsert.json().at("/counts/updated").asInt()).isEqualTo(size);

                for (UUID id : ids) {
                    Response read = admin().get("/api/catalog/" + id);
                    assertThat(price(read)).as("round %d item %s", round, id).isEqualByComparingTo(price);
                    assertThat(read.json().at("/variants/0/color").asString())
                            .as("round %d variant of %s", round, id)
                            .isEqualTo(color);
                }
                for (var listed : admin().get(list).json().get("items")) {
                    assertThat(listed.get("price").decimalValue())
                            .as("round %d list", round)
                            .isEqualByComparingTo(price);
                }
            }
        }
    }

    /** Reads each path twice, so the second read (and the write's next one, if nothing invalidates) is a hit. */
    private void warm(String... paths) {
        for (String path : paths) {
            for (int i = 0; i < 2; i++) {
                Response r = path.startsWith("/api/public/") ? anonymous().get(path) : admin().get(path);
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
            }
        }
    }

    /** The price of a single item or of the only item of a page. */
    private static BigDecimal price(Response response) {
        var body = response.json();
        var item = body.has("items") ? body.get("items").get(0) : body;
        assertThat(item).as(response.toString()).isNotNull();
        return item.get("price").decimalValue();
    }
}
