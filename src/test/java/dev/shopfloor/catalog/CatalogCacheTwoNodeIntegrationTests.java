package dev.shopfloor.catalog;

import static dev.shopfloor.catalog.CatalogFixtures.item;
import static dev.shopfloor.catalog.CatalogFixtures.sku;
import static dev.shopfloor.catalog.CatalogFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.shopfloor.changefeed.ChangeWaiter;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import dev.shopfloor.testing.SecondNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Two app instances on one database: a change made through node A invalidates node B's caches via the log. */
class CatalogCacheTwoNodeIntegrationTests extends IntegrationTest {

    private static SecondNode nodeB;

    @BeforeAll
    static void startSecondNode(@Autowired ApplicationContext nodeA) {
        nodeB = SecondNode.start(nodeA);
    }

    @AfterAll
    static void stopSecondNode() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void aChangeMadeOnNodeAReachesAWebSocketClientAndTheCachedReadsOfNodeB() {
        Api onB = new Api(nodeB.port(), null).signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        Api publicB = new Api(nodeB.port(), null);
        String sku = sku();
        try (ChangeWaiter clientOfB = ChangeWaiter.subscribe(nodeB.port(), onB.token(), "catalog_items")) {
            UUID id = UUID.fromString(admin().post("/api/catalog", with(item(sku), "status", "published"))
                    .id());
            clientOfB.awaitVersion(id, 1);
            // warm node B's caches, and prove its second reads are hits
            double hits = hitsOnB();
            for (int i = 0; i < 2; i++) {
                assertThat(price(onB.get("/api/catalog/" + id))).isEqualByComparingTo("49.90");
                assertThat(price(publicB.get("/api/public/catalog/" + sku))).isEqualByComparingTo("49.90");
            }
            assertThat(hitsOnB()).isGreaterThanOrEqualTo(hits + 2);

            Response put = admin().put(
                            "/api/catalog/" + id,
                            with(with(item(sku), "status", "published"), "price", 64.00),
                            "If-Match",
                            "\"1\"");
            assertThat(put.status()).as(put.toString()).isEqualTo(200);

            JsonNode event = clientOfB.awaitVersion(id, 2);
            assertThat(event.get("op").asString()).isEqualTo("update");
            assertThat(event.at("/data/price").decimalValue()).isEqualByComparingTo("64.00");
            // the WebSocket client of B has it, so B's cache listener has run: the very next reads are fresh
            assertThat(price(onB.get("/api/catalog/" + id))).isEqualByComparingTo("64.00");
            assertThat(price(publicB.get("/api/public/catalog/" + sku))).isEqualByComparingTo("64.00");
        }
    }

    @Test
    void nodeBsCachedReadFollowsAChangeOnNodeAWithinABoundedWaitWithoutAnyClient() {
        Api onB = new Api(nodeB.port(), null).signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        String sku = sku();
        String id = admin().post("/api/catalog", item(sku)).id();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> onB.get("/api/catalog/" + id).status() == 200);
        assertThat(price(onB.get("/api/catalog/" + id))).isEqualByComparingTo("49.90");

        admin().put("/api/catalog/" + id, with(item(sku), "price", 71.00), "If-Match", "\"1\"");

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(
                        () -> assertThat(price(onB.get("/api/catalog/" + id))).isEqualByComparingTo("71.00"));
    }

    private static java.math.BigDecimal price(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("price").decimalValue();
    }

    private static double hitsOnB() {
        return nodeB
                .context()
                .getBean(MeterRegistry.class)
                .get("shopfloor.cache.gets")
                .tag("result", "hit")
                .functionCounters()
                .stream()
                .mapToDouble(c -> c.count())
                .sum();
    }
}
