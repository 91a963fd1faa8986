package dev.shopfloor.catalog;

import static dev.shopfloor.catalog.CatalogFixtures.item;
import static dev.shopfloor.catalog.CatalogFixtures.sku;
import static dev.shopfloor.catalog.CatalogFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.inventory.HoldLine;
import dev.shopfloor.inventory.Inventory;
import dev.shopfloor.inventory.StockFixtures;
import dev.shopfloor.inventory.StockOwner;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.platform.web.IdsFilter;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class CatalogFiltersIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager tx;

    @Autowired
    Inventory inventory;

    @Autowired
    @Qualifier("flywayDataSource")
    DataSource ownerDataSource;

    @Test
    void filtersByCategoryIncludingSubCategories() {
        String root = admin().post("/api/catalog/categories", Map.of("name", unique("Team")))
                .id();
        String child = admin().post("/api/catalog/categories", Map.of("name", "Kits", "parentId", root))
                .id();
        String grandchild = admin().post("/api/catalog/categories", Map.of("name", "Home", "parentId", child))
                .id();
        String other = admin().post("/api/catalog/categories", Map.of("name", unique("Other")))
                .id();
        String inRoot = create(with(item(sku()), "categoryId", root));
        String inGrandchild = create(with(item(sku()), "categoryId", grandchild));
        String inOther = create(with(item(sku()), "categoryId", other));

        assertThat(ids("/api/catalog?categoryId=" + root)).containsExactlyInAnyOrder(inRoot, inGrandchild);
        assertThat(ids("/api/catalog?categoryId=" + child)).containsExactly(inGrandchild);
        assertThat(ids("/api/catalog?categoryId=" + other)).containsExactly(inOther);
    }

    @Test
    void filtersBySportFabricVendorStatusAndPriceRange() {
        String sport = admin().post("/api/catalog/sports", Map.of("name", unique("Golf")))
                .id();
        String fabric = admin().post("/api/catalog/fabrics", Map.of("name", unique("Fleece")))
                .id();
        UUID vendor = CatalogFixtures.vendor(jdbc, tx);
        String tag = unique("filt");
        String cheap = create(with(with(named(tag), "price", 5), "sportIds", List.of(sport)));
        String middle =
                create(with(with(with(named(tag), "price", 50), "fabricIds", List.of(fabric)), "status", "published"));
        String dear = create(with(with(named(tag), "price", 500), "vendorId", vendor.toString()));

        assertThat(ids("/api/catalog?sportId=" + sport)).containsExactly(cheap);
        assertThat(ids("/api/catalog?fabricId=" + fabric)).containsExactly(middle);
        assertThat(ids("/api/catalog?vendorId=" + vendor)).containsExactly(dear);
        assertThat(ids("/api/catalog?q=" + tag + "&status=published")).containsExactly(middle);
        assertThat(ids("/api/catalog?q=" + tag + "&minPrice=10&maxPrice=100")).containsExactly(middle);
        assertThat(ids("/api/catalog?q=" + tag + "&minPrice=50")).containsExactlyInAnyOrder(middle, dear);
        assertThat(ids("/api/catalog?q=" + tag + "&maxPrice=50")).containsExactlyInAnyOrder(cheap, middle);
        assertThat(admin().get("/api/catalog?status=sold").status()).isEqualTo(400);
        assertThat(admin().get("/api/catalog?minPrice=abc").status()).isEqualTo(400);
    }

    @Test
    void searchesSkuNameAndDescription() {
        String word = unique("zebra").replace("-", "");
        String byName = create(with(item(sku()), "name", "The " + word + " jersey"));
        String byDescription = create(with(item(sku()), "description", "pattern: " + word.toUpperCase()));
        String sku = sku() + word.toUpperCase();
        String bySku = create(item(sku));
        assertThat(ids("/api/catalog?q=" + word)).containsExactlyInAnyOrder(byName, byDescription, bySku);
        assertThat(ids("/api/catalog?q=" + sku)).containsExactly(bySku);
        assertThat(ids("/api/catalog?q=%25" + word)).isEmpty();
    }

    @Test
    void pagesThroughAllMatchesWithoutRepeats() {
        String tag = unique("page");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(create(named(tag)));
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page =
                    admin().get("/api/catalog?q=" + tag + "&limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            for (JsonNode i : page.json().get("items")) {
                assertThat(seen.add(i.get("id").asString())).isTrue();
                assertThat(i.get("variants").isArray()).isTrue();
            }
            JsonNode next = page.json().get("nextCursor");
            cursor = next.isNull() ? null : next.asString();
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(created);
        assertThat(admin().get("/api/catalog?limit=0").status()).isEqualTo(400);
        assertThat(admin().get("/api/catalog?cursor=garbage!").status()).isEqualTo(400);
    }

    @Test
    void filtersByStockAvailableOverAllSkusAndLocationsWithKeysetPages() {
        String tag = unique("stocked");
        String itemStock = sku();
        String variantStock = sku();
        String allHeld = sku();
        String noStock = sku();
        String neverReceived = sku();
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        for (String sku : List.of(itemStock, variantStock, allHeld, noStock, neverReceived)) {
            ids.put(sku, create(with(CatalogFixtures.itemWithVariants(sku, "S", "M"), "name", "Item " + tag)));
        }
        assertThat(ids("/api/catalog?q=" + tag + "&inStock=true")).isEmpty();
        assertThat(ids("/api/catalog?q=" + tag + "&inStock=false")).hasSize(5);

        StockFixtures stock = new StockFixtures(jdbc);
        UUID location = stock.location();
        stock.receive(itemStock, location, 2);
        stock.receive(variantStock + "-M", stock.location(), 1);
        stock.receive(allHeld + "-S", location, 2);
        UUID emptied = stock.receive(noStock + "-S", location, 1);
        jdbc.sql("""
                        INSERT INTO stock_movements (id, level_id, kind, quantity, reason)
                        VALUES (:id, :level, 'adjustment', -1, 'counted none')
                        """).param("id", Ids.newId()).param("level", emptied).update();
        CurrentActor.runAs(
                Actor.system("test"),
                () -> inventory.hold(
                        new StockOwner("order", Ids.newId(), tag),
                        List.of(new HoldLine(Ids.newId(), allHeld + "-S", 2)),
                        null,
                        null));

        List<String> inStock = pagedIds("/api/catalog?q=" + tag + "&inStock=true");
        assertThat(inStock).containsExactly(ids.get(variantStock), ids.get(itemStock));
        List<String> outOfStock = pagedIds("/api/catalog?q=" + tag + "&inStock=false");
        assertThat(outOfStock).containsExactly(ids.get(neverReceived), ids.get(noStock), ids.get(allHeld));
    }

    @Test
    void aVendorFiltersItsOwnItemsByStock() {
        String tag = unique("vstock");
        UUID mine = CatalogFixtures.vendor(jdbc, tx);
        UUID theirs = CatalogFixtures.vendor(jdbc, tx);
        String mySku = sku();
        String theirSku = sku();
        String myItem = create(with(with(named(tag), "sku", mySku), "vendorId", mine.toString()));
        create(with(with(named(tag), "sku", theirSku), "vendorId", theirs.toString()));
        String myEmptyItem = create(with(named(tag), "vendorId", mine.toString()));
        StockFixtures stock = new StockFixtures(jdbc);
        UUID location = stock.location();
        stock.receive(mySku, location, 3);
        stock.receive(theirSku, location, 3);

        Response inStock = as(Role.VENDOR, mine).get("/api/catalog?q=" + tag + "&inStock=true");
        assertThat(inStock.status()).as(inStock.toString()).isEqualTo(200);
        assertThat(inStock.json().get("items").findValuesAsString("id")).containsExactly(myItem);
        Response outOfStock = as(Role.VENDOR, mine).get("/api/catalog?q=" + tag + "&inStock=false");
        assertThat(outOfStock.json().get("items").findValuesAsString("id")).containsExactly(myEmptyItem);
    }

    @Test
    void readsExactlyTheGivenIdsInOneRequest() {
        String tag = unique("byid");
        String first = create(named(tag));
        String second = create(named(tag));
        String third = create(named(tag));
        create(named(tag)); // not asked for
        String unknown = UUID.randomUUID().toString();

        assertThat(ids("/api/catalog?ids=" + first + "&ids=" + third + "&ids=" + unknown))
                .containsExactly(third, first);
        assertThat(ids("/api/catalog?ids=" + first + "," + second + "," + third + "&limit=200"))
                .containsExactly(third, second, first);
        // the same set in another order (a cached first page is keyed by the set) and combined with other filters
        assertThat(ids("/api/catalog?ids=" + third + "," + second + "," + first + "&limit=200"))
                .containsExactly(third, second, first);
        assertThat(ids("/api/catalog?ids=" + first + "," + second + "&status=published"))
                .isEmpty();
    }

    @Test
    void aVendorReadsOnlyItsOwnItemsByIdEvenFromTheListCache() {
        UUID mine = CatalogFixtures.vendor(jdbc, tx);
        UUID theirs = CatalogFixtures.vendor(jdbc, tx);
        String own = create(with(item(sku()), "vendorId", mine.toString()));
        String others = create(with(item(sku()), "vendorId", theirs.toString()));
        String path = "/api/catalog?ids=" + own + "," + others;

        // each caller twice: the second read of a first page may come from the list cache
        for (int round = 0; round < 2; round++) {
            Response vendorPage = as(Role.VENDOR, mine).get(path);
            assertThat(vendorPage.status()).as(vendorPage.toString()).isEqualTo(200);
            List<String> seen = new ArrayList<>();
            vendorPage.json().get("items").forEach(i -> seen.add(i.get("id").asString()));
            assertThat(seen).containsExactly(own);
            assertThat(ids(path)).containsExactlyInAnyOrder(own, others);
        }
    }

    @Test
    void refusesMoreThanTwoHundredIdsAndIdsThatAreNotUuids() {
        String twoHundred = String.join(
                ",",
                java.util.stream.Stream.generate(() -> UUID.randomUUID().toString())
                        .limit(IdsFilter.MAX)
                        .toList());
        assertThat(admin().get("/api/catalog?ids=" + twoHundred + "&limit=200").status())
                .isEqualTo(200);

        Response tooMany = admin().get("/api/catalog?ids=" + twoHundred + "," + UUID.randomUUID());
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(400);
        assertThat(tooMany.code()).isEqualTo("too_many_ids");
        Response notAnId = admin().get("/api/catalog?ids=not-an-id");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.code()).isEqualTo("validation_failed");
    }

    /**
     * Checked as the schema owner, which RLS does not apply to: for the application role PostgreSQL only pushes
     * leakproof operators below the row-level security qual, so ILIKE and array containment are filtered after
     * a scan there (see docs/modules/catalog.md, "Indexes and row-level security").
     */
    @Test
    void everyFilterHasAnIndexItsQueryCanUse() {
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        Map<String, String> filters = Map.of(
                "catalog_items_search", "(sku || ' ' || name || ' ' || coalesce(description, '')) ILIKE '%jersey%'",
                "catalog_items_category", "category_id = '0190aaaa-0000-7000-8000-000000000000'",
                "catalog_items_sports", "sport_ids @> ARRAY['0190aaaa-0000-7000-8000-000000000000'::uuid]",
                "catalog_items_fabrics", "fabric_ids @> ARRAY['0190aaaa-0000-7000-8000-000000000000'::uuid]",
                "catalog_items_vendor", "vendor_id = '0190aaaa-0000-7000-8000-000000000000'",
                "catalog_items_status", "status = 'published'",
                "catalog_items_price", "price BETWEEN 10 AND 20");
        filters.forEach(
                (index, condition) -> assertThat(explain(owner, "SELECT id FROM catalog_items WHERE " + condition))
                        .as(condition)
                        .contains(index));
        // inStock probes each item's levels (EXISTS over stock_availability by item_id)
        assertThat(explain(
                        owner,
                        "SELECT 1 FROM stock_availability WHERE item_id = '0190aaaa-0000-7000-8000-000000000000'"
                                + " AND available > 0"))
                .contains("stock_levels_item");
    }

    private String explain(JdbcClient owner, String query) {
        return new TransactionTemplate(new JdbcTransactionManager(ownerDataSource)).execute(s -> {
            owner.sql("SET LOCAL enable_seqscan = off").update();
            return String.join(
                    "\n", owner.sql("EXPLAIN " + query).query(String.class).list());
        });
    }

    /** Every id of a list, walked one item per page, so the keyset cursor is exercised at every step. */
    private List<String> pagedIds(String path) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 20; pages++) {
            Response page = admin().get(path + "&limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().get("items").forEach(i -> ids.add(i.get("id").asString()));
            JsonNode next = page.json().get("nextCursor");
            if (next.isNull()) {
                return ids;
            }
            cursor = next.asString();
        }
        throw new AssertionError("more than 20 pages: " + ids);
    }

    private Map<String, Object> named(String tag) {
        return with(item(sku()), "name", "Item " + tag);
    }

    private String create(Map<String, Object> body) {
        Response created = admin().post("/api/catalog", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private List<String> ids(String path) {
        Response page = admin().get(path);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.json().get("items").forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }
}
