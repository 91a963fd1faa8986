package dev.shopfloor.catalog;

import static dev.shopfloor.catalog.CatalogFixtures.itemWithVariants;
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
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import dev.shopfloor.testing.StatementCounter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class StorefrontIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Inventory inventory;

    @Autowired
    StatementCounter statements;

    @Test
    void showsLiveAvailableStockPerItemAndVariantSummedOverLocations() {
        String tag = unique("stock");
        String sku = sku();
        admin().post("/api/catalog", with(with(itemWithVariants(sku, "S", "M"), "status", "published"), "name", tag));
        StockFixtures stock = new StockFixtures(jdbc);
        UUID north = stock.location();
        UUID south = stock.location();
        stock.receive(sku + "-S", north, 5);
        stock.receive(sku + "-S", south, 2);
        stock.receive(sku + "-M", north, 4);
        stock.receive(sku, south, 1);

        JsonNode one = anonymous().get("/api/public/catalog/" + sku).json();
        assertThat(one.get("available").asInt()).isEqualTo(12);
        assertThat(availableByVariant(one)).containsExactly(Map.entry(sku + "-S", 7), Map.entry(sku + "-M", 4));

        JsonNode listed = anonymous().get("/api/public/catalog?q=" + tag).json().at("/items/0");
        assertThat(listed.get("sku").asString()).isEqualTo(sku);
        assertThat(listed.get("available").asInt()).isEqualTo(12);
        assertThat(availableByVariant(listed)).containsExactly(Map.entry(sku + "-S", 7), Map.entry(sku + "-M", 4));
        assertThat(listed.has("etag")).isFalse();
    }

    @Test
    void loadsTheStockOfAWholePageInOneQuery() {
        String tag = unique("page");
        StockFixtures stock = new StockFixtures(jdbc);
        UUID location = stock.location();
        for (int i = 0; i < 6; i++) {
            String sku = sku();
            admin().post(
                            "/api/catalog",
                            with(with(itemWithVariants(sku, "S", "M"), "status", "published"), "name", tag));
            stock.receive(sku + "-S", location, i + 1);
        }
        String small = unique("req");
        String large = unique("req");
        JsonNode two = anonymous()
                .get("/api/public/catalog?q=" + tag + "&limit=2", "X-Request-Id", small)
                .json();
        JsonNode six = anonymous()
                .get("/api/public/catalog?q=" + tag + "&limit=6", "X-Request-Id", large)
                .json();
        assertThat(two.get("items").findValues("available")).hasSize(6);
        assertThat(six.get("items").findValuesAsString("sku")).hasSize(6 + 12);
        List<Integer> totals = new ArrayList<>();
        six.get("items").forEach(i -> totals.add(i.get("available").asInt()));
        assertThat(totals).containsExactly(6, 5, 4, 3, 2, 1);

        assertThat(statements.statementsOf(large)).isPositive().isEqualTo(statements.statementsOf(small));
    }

    @Test
    void aHoldLowersAvailableAndALapsedHoldCountsAsFreeAtOnce() {
        String sku = sku();
        admin().post("/api/catalog", with(itemWithVariants(sku, "S"), "status", "published"));
        StockFixtures stock = new StockFixtures(jdbc);
        stock.receive(sku + "-S", stock.location(), 5);
        assertThat(available(sku)).isEqualTo(5);

        StockOwner order = new StockOwner("order", Ids.newId(), unique("SO"));
        asSystem(() -> inventory.hold(order, List.of(new HoldLine(Ids.newId(), sku + "-S", 3)), null, null));
        JsonNode held = anonymous().get("/api/public/catalog/" + sku).json();
        assertThat(held.get("available").asInt()).isEqualTo(2);
        assertThat(held.at("/variants/0/available").asInt()).isEqualTo(2);

        // Lapsed but not yet expired by the job: the level row still counts it as reserved, readers do not.
        asSystem(() -> inventory.holdUntil(order, Instant.now().minusSeconds(1)));
        assertThat(available(sku)).isEqualTo(5);
    }

    @Test
    void theItemsETagChangesWhenItsStockChanges() {
        String sku = sku();
        admin().post("/api/catalog", with(itemWithVariants(sku, "S", "M"), "status", "published"));
        StockFixtures stock = new StockFixtures(jdbc);
        UUID location = stock.location();
        stock.receive(sku + "-S", location, 3);

        Response first = anonymous().get("/api/public/catalog/" + sku);
        String etag = first.header("ETag");
        assertThat(anonymous()
                        .get("/api/public/catalog/" + sku, "If-None-Match", etag)
                        .status())
                .isEqualTo(304);

        stock.receive(sku + "-M", location, 2);
        Response afterReceipt = anonymous().get("/api/public/catalog/" + sku, "If-None-Match", etag);
        assertThat(afterReceipt.status()).isEqualTo(200);
        assertThat(afterReceipt.json().get("available").asInt()).isEqualTo(5);
        assertThat(afterReceipt.json().get("version").asInt())
                .isEqualTo(first.json().get("version").asInt());
        String etagAfterReceipt = afterReceipt.header("ETag");
        assertThat(etagAfterReceipt).isNotEqualTo(etag);

        // Same total, different variant split: the ETag still changes.
        StockOwner order = new StockOwner("order", Ids.newId(), unique("SO"));
        asSystem(() -> inventory.hold(order, List.of(new HoldLine(Ids.newId(), sku + "-M", 1)), null, null));
        stock.receive(sku + "-S", location, 1);
        Response moved = anonymous().get("/api/public/catalog/" + sku, "If-None-Match", etagAfterReceipt);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("available").asInt()).isEqualTo(5);
        assertThat(moved.header("ETag")).isNotEqualTo(etagAfterReceipt);
        assertThat(anonymous()
                        .get("/api/public/catalog/" + sku, "If-None-Match", moved.header("ETag"))
                        .status())
                .isEqualTo(304);
    }

    @Test
    void showsPublishedItemsOnlyWithoutSignIn() {
        String tag = unique("shop");
        String publishedSku = sku();
        String draftSku = sku();
        admin().post(
                        "/api/catalog",
                        with(with(itemWithVariants(publishedSku, "M"), "status", "published"), "name", tag));
        admin().post("/api/catalog", with(itemWithVariants(draftSku, "M"), "name", tag));
        admin().post("/api/catalog", with(with(itemWithVariants(sku(), "M"), "status", "archived"), "name", tag));

        Response list = anonymous().get("/api/public/catalog?q=" + tag);
        assertThat(list.status()).isEqualTo(200);
        List<String> skus = new ArrayList<>();
        list.json().get("items").forEach(i -> skus.add(i.get("sku").asString()));
        assertThat(skus).containsExactly(publishedSku);
        assertThat(list.json().at("/items/0/variants/0/price").decimalValue()).isEqualByComparingTo("49.90");
        assertThat(list.json().at("/items/0/available").asInt()).isZero();
        assertThat(list.json().at("/items/0/variants/0/available").asInt()).isZero();

        Response one = anonymous().get("/api/public/catalog/" + publishedSku);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().has("vendorId")).isFalse();
        assertThat(anonymous().get("/api/public/catalog/" + draftSku).status()).isEqualTo(404);
        assertThat(anonymous()
                        .get("/api/public/catalog/" + publishedSku, "If-None-Match", one.header("ETag"))
                        .status())
                .isEqualTo(304);
    }

    @Test
    void filtersTheStorefrontByCategoryAndSport() {
        String category = admin().post("/api/catalog/categories", Map.of("name", unique("Shop")))
                .id();
        String sub = admin().post("/api/catalog/categories", Map.of("name", "Sub", "parentId", category))
                .id();
        String sport = admin().post("/api/catalog/sports", Map.of("name", unique("Tennis")))
                .id();
        String sku = sku();
        admin().post(
                        "/api/catalog",
                        with(
                                with(with(itemWithVariants(sku), "status", "published"), "categoryId", sub),
                                "sportIds",
                                List.of(sport)));
        assertThat(anonymous()
                        .get("/api/public/catalog?categoryId=" + category)
                        .json()
                        .at("/items/0/sku")
                        .asString())
                .isEqualTo(sku);
        assertThat(anonymous()
                        .get("/api/public/catalog?sportId=" + sport)
                        .json()
                        .get("items"))
                .hasSize(1);
    }

    private int available(String sku) {
        return anonymous()
                .get("/api/public/catalog/" + sku)
                .json()
                .get("available")
                .asInt();
    }

    private static Map<String, Integer> availableByVariant(JsonNode item) {
        Map<String, Integer> byVariant = new java.util.LinkedHashMap<>();
        item.get("variants")
                .forEach(v -> byVariant.put(
                        v.get("sku").asString(), v.get("available").asInt()));
        return byVariant;
    }

    private static void asSystem(Runnable work) {
        CurrentActor.runAs(Actor.system("test"), work);
    }
}
