package dev.shopfloor.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.shopfloor.orders.OrderFixtures.body;
import static dev.shopfloor.orders.OrderFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.shopfloor.orders.OrderFixtures;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.BrowserTest;
import dev.shopfloor.testing.SecondNode;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What every page shares: the live connection, its indicator, resuming after an outage, and polling. */
class LiveBrowserIntegrationTests extends BrowserTest {

    private static final LocatorAssertions.HasTextOptions WITHIN_A_SECOND =
            new LocatorAssertions.HasTextOptions().setTimeout(1_000);

    @Autowired
    ApplicationContext nodeA;

    @Test
    void dashboardTotalsFollowAnOrderCreatedThroughTheApi() {
        var fixtures = new OrderFixtures(admin());
        String sku = fixtures.stocked(25.00);
        Page page = open(admin(), "/admin");
        waitUntilLive(page);
        long ordersToday = count(page, "#orders-today");
        long pending = count(page, "#open-pending");

        fixtures.place(body(fixtures.customer(), line(sku, 2)));

        assertThat(page.locator("#orders-today")).hasText(String.valueOf(ordersToday + 1), WITHIN_A_SECOND);
        assertThat(page.locator("#open-pending")).hasText(String.valueOf(pending + 1), WITHIN_A_SECOND);
        assertThat(page.locator("#summary .card.flash").first()).isVisible();
        screenshots(page, "dashboard");
    }

    @Test
    void showsReconnectingWhileTheServerIsDownAndMissesNoChangeAfterItReturns() {
        String sku = unique("RECONNECT").toUpperCase();
        var created = admin().post("/api/catalog", CatalogBrowserIntegrationTests.item(sku, 30.00));
        String id = created.id();
        SecondNode node = SecondNode.start(nodeA);
        int nodePort = node.port();
        Page page;
        try {
            page = open(admin(), nodePort, "/admin/catalog?q=" + sku);
            waitUntilLive(page);
            assertThat(priceOf(page, sku)).hasText("€30.00");
        } finally {
            node.close();
        }
        assertThat(page.locator("#live-indicator")).hasAttribute("data-state", "reconnecting");

        // committed while the page's server is down, through the other node
        var version = admin().get("/api/catalog/" + id).json().get("version").asInt();
        var changed = new LinkedHashMap<>(CatalogBrowserIntegrationTests.item(sku, 44.00));
        changed.put("version", version);
        assertEquals(200, admin().put("/api/catalog/" + id, changed).status());

        try (SecondNode back = SecondNode.start(nodeA, nodePort)) {
            assertThat(page.locator("#live-indicator"))
                    .hasAttribute("data-state", "live", new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
            assertThat(priceOf(page, sku)).hasText("€44.00");
            assertThat(page.locator("#live-indicator")).hasText("live");
        }
    }

    @Test
    void pollsTheChangeLogWhenWebSocketsAreBlocked() {
        var fixtures = new OrderFixtures(admin());
        String sku = fixtures.stocked(8.00);
        Page page = signedInBlankPage(admin());
        page.routeWebSocket("**/api/sync**", socket -> socket.close()); // a proxy that refuses WebSockets
        page.navigate(url(port, "/admin"));
        assertThat(page.locator("#live-indicator")).hasText("live (polling)");
        long pending = count(page, "#open-pending");

        fixtures.place(body(fixtures.customer(), line(sku, 1)));

        assertThat(page.locator("#open-pending")).hasText(String.valueOf(pending + 1));
    }

    @Test
    void aViewerReadsTheDashboardWithoutEditControls() {
        Page page = openAs(Role.VIEWER, "/admin");
        waitUntilLive(page);

        assertThat(page.locator("body")).hasClass("read-only");
        assertThat(page.locator("#orders-today")).not().hasText("…");
        assertThat(page.locator("#product-rows")).isAttached();
    }

    private static Locator priceOf(Page page, String sku) {
        return page.locator("[data-rows] tr")
                .filter(new Locator.FilterOptions().setHasText(sku))
                .locator("td.price");
    }

    private static long count(Page page, String selector) {
        assertThat(page.locator(selector)).not().hasText("…");
        return Long.parseLong(page.locator(selector).textContent().replace(",", ""));
    }
}
