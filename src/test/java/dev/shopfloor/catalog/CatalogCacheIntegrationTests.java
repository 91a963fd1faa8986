package dev.shopfloor.catalog;

import static dev.shopfloor.catalog.CatalogFixtures.item;
import static dev.shopfloor.catalog.CatalogFixtures.itemWithVariants;
import static dev.shopfloor.catalog.CatalogFixtures.sku;
import static dev.shopfloor.catalog.CatalogFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.changefeed.ChangeWaiter;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Cached catalog reads follow the change log: once this node has delivered a change (a WebSocket client of it
 * has the event, and local listeners run before push clients get it), the very next read shows it, also when
 * the change was made with plain SQL behind the service's back.
 */
class CatalogCacheIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager tx;

    @Autowired
    MeterRegistry meters;

    @Test
    void aCachedItemShowsAnApiUpdateAsSoonAsTheChangeIsDelivered() {
        String sku = sku();
        UUID id = UUID.fromString(admin().post("/api/catalog", item(sku)).id());
        try (ChangeWaiter waiter = ChangeWaiter.subscribe(port, admin().token(), "catalog_items")) {
            double hits = hits();
            assertThat(admin().get("/api/catalog/" + id).json().get("price").decimalValue())
                    .isEqualByComparingTo("49.90");
            assertThat(admin().get("/api/catalog/" + id).json().get("price").decimalValue())
                    .isEqualByComparingTo("49.90");
            assertThat(hits()).as("the second read is a cache hit").isGreaterThan(hits);

            Response put = admin().put("/api/catalog/" + id, with(item(sku), "price", 59.90), "If-Match", "\"1\"");
            assertThat(put.status()).as(put.toString()).isEqualTo(200);
            waiter.awaitVersion(id, 2);

            Response read = admin().get("/api/catalog/" + id);
            assertThat(read.json().get("price").decimalValue()).isEqualByComparingTo("59.90");
            assertThat(read.header("ETag")).isEqualTo("\"2\"");
        }
    }

    @Test
    void anSqlUpdateReachesTheCachedItemItsPublicSkuAndTheCachedLists() {
        String sku = sku();
        UUID id = UUID.fromString(admin().post("/api/catalog", with(item(sku), "status", "published"))
                .id());
        List<String> reads = List.of(
                "/api/catalog/" + id,
                "/api/public/catalog/" + sku,
                "/api/public/catalog?q=" + sku,
                "/api/catalog?q=" + sku + "&status=published");
        try (ChangeWaiter waiter = ChangeWaiter.subscribe(port, admin().token(), "catalog_items")) {
            for (String path : reads) {
                assertThat(price(anonymousOrAdmin(path).get(path))).isEqualByComparingTo("49.90");
            }
            double hits = hits();
            reads.forEach(path -> anonymousOrAdmin(path).get(path));
            assertThat(hits()).as("every read was served from a cache").isGreaterThanOrEqualTo(hits + reads.size());

            sql("UPDATE catalog_items SET price = 77.70 WHERE id = :id", Map.of("id", id));
            waiter.awaitVersion(id, 2);

            for (String path : reads) {
                assertThat(price(anonymousOrAdmin(path).get(path))).as(path).isEqualByComparingTo("77.70");
            }
        }
    }

    @Test
    void anSqlUpdateOfAVariantReachesItsCachedItem() {
        String sku = sku();
        UUID id = UUID.fromString(
                admin().post("/api/catalog", itemWithVariants(sku, "M")).id());
        try (ChangeWaiter waiter = ChangeWaiter.subscribe(port, admin().token(), "catalog_variants")) {
            assertThat(admin().get("/api/catalog/" + id)
                            .json()
                            .at("/variants/0/price")
                            .isNull())
                    .isTrue();
            UUID variant = UUID.fromString(admin().get("/api/catalog/" + id)
                    .json()
                    .at("/variants/0/id")
                    .asString());

            sql("UPDATE catalog_variants SET price = 12.50 WHERE id = :id", Map.of("id", variant));
            waiter.awaitVersion(variant, 2);

            assertThat(admin().get("/api/catalog/" + id)
                            .json()
                            .at("/variants/0/price")
                            .decimalValue())
                    .isEqualByComparingTo("12.50");
        }
    }

    @Test
    void aSkuThatMovesToAnotherItemIsServedFromItsNewOwner() {
        String sku = sku();
        UUID first = UUID.fromString(admin().post("/api/catalog", with(item(sku), "status", "published"))
                .id());
        try (ChangeWaiter waiter = ChangeWaiter.subscribe(port, admin().token(), "catalog_items")) {
            assertThat(anonymous().get("/api/public/catalog/" + sku).id()).isEqualTo(first.toString());

            String renamed = sku + "-OLD";
            sql("UPDATE catalog_items SET sku = :sku WHERE id = :id", Map.of("id", first, "sku", renamed));
            waiter.awaitVersion(first, 2);
            assertThat(anonymous().get("/api/public/catalog/" + sku).status()).isEqualTo(404);
            assertThat(anonymous().get("/api/public/catalog/" + renamed).id()).isEqualTo(first.toString());

            UUID second = UUID.fromString(admin().post(
                            "/api/catalog", with(with(item(sku), "status", "published"), "price", 5))
                    .id());
            waiter.awaitVersion(second, 1);
            Response now = anonymous().get("/api/public/catalog/" + sku.toLowerCase());
            assertThat(now.id()).isEqualTo(second.toString());
            assertThat(price(now)).isEqualByComparingTo("5");
        }
    }

    @Test
    void aDeletedOrUnpublishedItemLeavesTheCaches() {
        String sku = sku();
        UUID id = UUID.fromString(admin().post("/api/catalog", with(item(sku), "status", "published"))
                .id());
        try (ChangeWaiter waiter = ChangeWaiter.subscribe(port, admin().token(), "catalog_items")) {
            assertThat(anonymous().get("/api/public/catalog/" + sku).status()).isEqualTo(200);
            assertThat(anonymous().get("/api/public/catalog?q=" + sku).json().get("items"))
                    .hasSize(1);

            sql("UPDATE catalog_items SET status = 'draft' WHERE id = :id", Map.of("id", id));
            waiter.awaitVersion(id, 2);
            assertThat(anonymous().get("/api/public/catalog/" + sku).status()).isEqualTo(404);
            assertThat(anonymous().get("/api/public/catalog?q=" + sku).json().get("items"))
                    .isEmpty();

            assertThat(admin().get("/api/catalog/" + id).status()).isEqualTo(200);
            assertThat(admin().delete("/api/catalog/" + id).status()).isEqualTo(204);
            waiter.awaitOp(id, "delete");
            assertThat(admin().get("/api/catalog/" + id).status()).isEqualTo(404);
        }
    }

    @Test
    void aCategoryMoveReachesCachedListsFilteredByCategory() {
        String parent = category(unique("Team"), null);
        String child = category(unique("Football"), null);
        String sku = sku();
        String itemId = admin().post("/api/catalog", with(item(sku), "categoryId", child))
                .id();
        String list = "/api/catalog?categoryId=" + parent;
        try (ChangeWaiter waiter = ChangeWaiter.subscribe(port, admin().token(), "catalog_categories")) {
            assertThat(admin().get(list).json().get("items")).isEmpty();
            assertThat(admin().get(list).json().get("items")).isEmpty();

            sql(
                    "UPDATE catalog_categories SET parent_id = :parent WHERE id = :child",
                    Map.of("parent", UUID.fromString(parent), "child", UUID.fromString(child)));
            waiter.awaitVersion(UUID.fromString(child), 2);

            JsonNode items = admin().get(list).json().get("items");
            assertThat(items).hasSize(1);
            assertThat(items.get(0).get("id").asString()).isEqualTo(itemId);
        }
    }

    @Test
    void aCachedItemOrListNeverShowsAVendorAnotherVendorsItem() {
        UUID mine = CatalogFixtures.vendor(jdbc, tx);
        UUID theirs = CatalogFixtures.vendor(jdbc, tx);
        Api vendor = as(Role.VENDOR, mine);
        String own = vendor.post("/api/catalog", item(sku())).id();
        String others = admin().post("/api/catalog", with(item(sku()), "vendorId", theirs.toString()))
                .id();

        // warm every cache as ADMIN first
        assertThat(admin().get("/api/catalog/" + others).status()).isEqualTo(200);
        assertThat(admin().get("/api/catalog/" + own).status()).isEqualTo(200);
        assertThat(admin().get("/api/catalog?vendorId=" + theirs).json().get("items"))
                .hasSize(1);
        assertThat(admin().get("/api/catalog").status()).isEqualTo(200);

        assertThat(vendor.get("/api/catalog/" + others).status()).isEqualTo(404);
        assertThat(vendor.get("/api/catalog/" + own).status()).isEqualTo(200);
        assertThat(vendor.get("/api/catalog?vendorId=" + theirs).json().get("items"))
                .isEmpty();
        vendor.get("/api/catalog")
                .json()
                .get("items")
                .forEach(i -> assertThat(i.get("vendorId").asString()).isEqualTo(mine.toString()));
        assertThat(as(Role.VENDOR, theirs).get("/api/catalog/" + own).status()).isEqualTo(404);
    }

    @Test
    void theCachesArePublishedAsMetrics() {
        admin().get("/api/catalog");
        String metrics = anonymous()
                .send("GET", "/actuator/prometheus", null, "Accept", "text/plain")
                .body();
        assertThat(metrics)
                .contains(
                        "shopfloor_cache_gets_total{application=\"shopfloor\",cache=\"catalog_items\",result=\"hit\"}")
                .contains(
                        "shopfloor_cache_gets_total{application=\"shopfloor\",cache=\"catalog_lists\",result=\"miss\"}")
                .contains("shopfloor_cache_size{application=\"shopfloor\",cache=\"catalog_skus\"}")
                .contains("shopfloor_cache_invalidations_total{application=\"shopfloor\",cache=\"catalog_lists\"}")
                .contains("shopfloor_cache_discarded_loads_total");
    }

    private Api anonymousOrAdmin(String path) {
        return path.startsWith("/api/public/") ? anonymous() : admin();
    }

    /** The price of a single item or of the only item of a page. */
    private static java.math.BigDecimal price(Response response) {
        JsonNode body = response.json();
        JsonNode item = body.has("items") ? body.get("items").get(0) : body;
        assertThat(item).as(response.toString()).isNotNull();
        return item.get("price").decimalValue();
    }

    private double hits() {
        return meters.get("shopfloor.cache.gets").tag("result", "hit").functionCounters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }

    private void sql(String statement, Map<String, Object> params) {
        CurrentActor.runAs(
                Actor.system("test"),
                () -> new TransactionTemplate(tx)
                        .executeWithoutResult(s -> assertThat(
                                        jdbc.sql(statement).params(params).update())
                                .isEqualTo(1)));
    }

    private String category(String name, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("parentId", parentId);
        Response created = admin().post("/api/catalog/categories", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }
}
