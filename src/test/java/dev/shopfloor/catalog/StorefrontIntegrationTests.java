package dev.shopfloor.catalog;

import static dev.shopfloor.catalog.CatalogFixtures.itemWithVariants;
import static dev.shopfloor.catalog.CatalogFixtures.sku;
import static dev.shopfloor.catalog.CatalogFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorefrontIntegrationTests extends IntegrationTest {

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
        assertThat(list.json().at("/items/0/available").isNull()).isTrue();

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
}
