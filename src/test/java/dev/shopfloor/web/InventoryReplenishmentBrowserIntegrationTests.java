package dev.shopfloor.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.shopfloor.inventory.ReorderFixtures;
import dev.shopfloor.partners.Vendors;
import dev.shopfloor.testing.BrowserTest;
import dev.shopfloor.testing.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The movements, alerts and purchase-order pages: live inserts and updates, creating and receiving an order. */
class InventoryReplenishmentBrowserIntegrationTests extends BrowserTest {

    private static final LocatorAssertions.IsVisibleOptions VISIBLE_WITHIN_1S =
            new LocatorAssertions.IsVisibleOptions().setTimeout(1000);
    private static final LocatorAssertions.HasTextOptions WITHIN_1S =
            new LocatorAssertions.HasTextOptions().setTimeout(1000);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Vendors vendors;

    ReorderFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReorderFixtures(jdbc, admin(), vendors);
    }

    @Test
    void movementsWrittenElsewhereShowAsNewWithoutShiftingTheList() {
        UUID location = fixtures.location();
        String sku = fixtures.item(null);
        UUID level = fixtures.level(sku, location, 10, 0, 0);
        fixtures.take(level, 3);
        Page page = open(admin(), "/admin/inventory/movements?locationId=" + location);
        waitUntilLive(page);
        Locator rows = page.locator("#movements tbody tr");
        assertThat(rows).hasCount(2);

        fixtures.add(level, 5);

        Locator news = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("1 new — show"));
        assertThat(news).isVisible(VISIBLE_WITHIN_1S);
        assertThat(rows).hasCount(2);
        news.click();
        assertThat(rows).hasCount(3);
        assertThat(rows.first().locator("[data-field=quantity]")).hasText("+5");
        assertThat(rows.first().locator("[data-field=onHandAfter]")).hasText("12");
        assertThat(rows.first().locator("[data-field=kind]")).hasText("adjustment");
        screenshots(page, "inventory-movements");
    }

    @Test
    void alertsAreRaisedLiveAndResolveInPlace() {
        UUID location = fixtures.location();
        String sku = fixtures.item(null);
        UUID level = fixtures.level(sku, location, 10, 4, 0);
        UUID other = fixtures.level(fixtures.item(null), location, 6, 5, 0);
        fixtures.take(other, 2);
        Page page = open(admin(), "/admin/inventory/alerts?status=any&locationId=" + location);
        waitUntilLive(page);
        Locator rows = page.locator("#alerts tbody tr");
        assertThat(rows).hasCount(1);

        fixtures.take(level, 7);
        Locator news = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("1 new — show"));
        assertThat(news).isVisible(VISIBLE_WITHIN_1S);
        news.click();
        assertThat(rows).hasCount(2);
        Locator raised = rows.filter(new Locator.FilterOptions().setHasText(sku));
        assertThat(raised.locator("[data-field=status]")).hasText("open");
        assertThat(raised.locator("[data-field=available]")).hasText("3");

        fixtures.add(level, 10);
        assertThat(raised.locator("[data-field=status]")).hasText("resolved", WITHIN_1S);
        assertThat(raised).hasClass(Pattern.compile("\\bflash\\b"));
        screenshots(page, "inventory-alerts");
    }

    @Test
    void aPurchaseOrderCreatedAndReceivedInThePagesRaisesOnHand() {
        UUID vendor = fixtures.vendor();
        UUID location = fixtures.location();
        String sku = fixtures.item(vendor);
        UUID level = fixtures.level(sku, location, 2, 0, 0);
        Page page = open(admin(), "/admin/inventory/purchase-orders?locationId=" + location);
        waitUntilLive(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New purchase order"))
                .click();
        Locator dialog = page.locator("#po-dialog");
        dialog.getByLabel("Deliver to").selectOption(location.toString());
        dialog.getByLabel("SKU").fill(sku);
        dialog.getByLabel("Quantity").fill("0");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create draft"))
                .click();
        assertThat(
                        dialog.locator(
                                "[name='lines[0].quantity'] ~ .field-error, .field:has([name='lines[0].quantity']) .field-error"))
                .isVisible();
        dialog.getByLabel("Quantity").fill("7");
        dialog.getByLabel("Unit cost").fill("3.50");
        dialog.getByLabel("Expected on").fill("2030-01-20");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create draft"))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/admin/inventory/purchase-orders/[0-9a-f-]{36}$"));
        assertThat(page.locator("#po-status")).hasText("draft");
        assertThat(page.locator("#po [data-field=locationId]")).containsText("Test warehouse");
        assertThat(page.locator("#po [data-field=expectedAt]")).hasText("Jan 20, 2030");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as ordered"))
                .click();
        assertThat(page.locator("#po-status")).hasText("ordered");

        page.getByLabel("Receive now: " + sku).fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Receive entered quantities"))
                .click();
        assertThat(page.locator("#po-status")).hasText("partially received");
        assertThat(page.locator("#po-lines [data-field=outstandingQuantity]")).hasText("4");
        assertThat(onHand(level)).isEqualTo(5);
        screenshots(page, "inventory-purchase-order");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Receive everything outstanding"))
                .click();
        assertThat(page.locator("#po-status")).hasText("received");
        assertThat(onHand(level)).isEqualTo(9);

        page.navigate(url(port, "/admin/inventory/movements?kind=receipt&locationId=" + location));
        Locator receipts = page.locator("#movements tbody tr");
        assertThat(receipts).hasCount(3); // the fixture's stock and the two receipts
        assertThat(receipts.first().locator("[data-field=quantity]")).hasText("+4");
        receipts.first().getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#po-status")).hasText("received");
    }

    @Test
    void theListUpdatesAnOrderInPlaceWhenItChangesElsewhere() {
        UUID vendor = fixtures.vendor();
        UUID location = fixtures.location();
        String first = fixtures.item(vendor);
        String second = fixtures.item(vendor);
        String ordered = createOrder(location, Map.of("sku", first, "quantity", 12));
        String draft = createOrder(location, Map.of("sku", first, "quantity", 5), Map.of("sku", second, "quantity", 8));
        status(ordered, "ordered");
        Page page = open(admin(), "/admin/inventory/purchase-orders?locationId=" + location);
        waitUntilLive(page);
        Locator row = page.locator("#purchase-orders tbody tr[data-id='" + draft + "']");
        assertThat(row.locator("[data-field=status]")).hasText("draft");
        assertThat(row.locator("[data-field=lines]")).hasText(first + " × 5, " + second + " × 8");

        status(draft, "ordered");

        assertThat(row.locator("[data-field=status]")).hasText("ordered", WITHIN_1S);
        assertThat(row).hasClass(Pattern.compile("\\bflash\\b"));
        row.getByRole(AriaRole.LINK).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/inventory/purchase-orders/" + draft + "$"));
        page.goBack();
        screenshots(page, "inventory-purchase-orders");
    }

    @SafeVarargs
    private String createOrder(UUID location, Map<String, Object>... lines) {
        Response created =
                admin().post("/api/inventory/purchase-orders", Map.of("locationId", location, "lines", List.of(lines)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private void status(String order, String status) {
        Response moved = admin().put("/api/inventory/purchase-orders/" + order + "/status", Map.of("status", status));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }

    private int onHand(UUID level) {
        Response response = admin().get("/api/inventory/levels/" + level);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("onHand").asInt();
    }
}
