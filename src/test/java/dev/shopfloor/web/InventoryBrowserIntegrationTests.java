package dev.shopfloor.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.shopfloor.inventory.ReorderFixtures;
import dev.shopfloor.partners.Vendors;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.BrowserTest;
import dev.shopfloor.testing.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stock levels page: live rows, the adjust dialog (with its version conflict) and the transfer dialog. */
class InventoryBrowserIntegrationTests extends BrowserTest {

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
    void anAdjustmentMadeThroughTheApiUpdatesTheOpenRowInPlaceAndMarksItLow() {
        UUID location = fixtures.location();
        String sku = fixtures.item(null);
        UUID level = fixtures.level(sku, location, 10, 5, 20);
        for (int i = 0; i < 3; i++) {
            fixtures.level(fixtures.item(null), location, 20 + 7 * i, 4, 10);
        }
        Page page = open(admin(), "/admin/inventory?locationId=" + location);
        waitUntilLive(page);
        Locator row = levelRow(page, level);
        assertThat(row.locator("[data-field=onHand]")).hasText("10");
        assertThat(row.locator("[data-field=item]")).hasText("Training shorts " + sku);
        assertThat(row).not().hasClass(Pattern.compile("\\blow\\b"));
        assertThat(row.locator(".low-marker")).isHidden();

        adjust(sku, location, -6, null);

        assertThat(row.locator("[data-field=onHand]")).hasText("4", WITHIN_1S);
        assertThat(row.locator("[data-field=available]")).hasText("4");
        assertThat(row).hasClass(Pattern.compile("\\bflash\\b"));
        assertThat(row).hasClass(Pattern.compile("\\blow\\b"));
        assertThat(row.locator(".low-marker")).hasText("Low stock");
        assertThat(page.locator("#levels tbody tr")).hasCount(4);

        adjust(fixtures.item(null), location, 9, null); // a new level at this location
        Locator news = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("1 new — show"));
        assertThat(news).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(1000));
        assertThat(page.locator("#levels tbody tr")).hasCount(4);
        news.click();
        assertThat(page.locator("#levels tbody tr")).hasCount(5);
        screenshots(page, "inventory-levels");
    }

    @Test
    void theAdjustDialogWritesTheAdjustment() {
        UUID location = fixtures.location();
        String sku = fixtures.item(null);
        UUID level = fixtures.level(sku, location, 10, 3, 0);
        Page page = open(admin(), "/admin/inventory?locationId=" + location);
        waitUntilLive(page);

        levelRow(page, level)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Adjust " + sku))
                .click();
        Locator dialog = page.locator("#adjust-dialog");
        assertThat(dialog).isVisible();
        assertThat(dialog.getByLabel("SKU")).hasValue(sku);
        dialog.getByLabel("Change on hand by").fill("5");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save adjustment"))
                .click();
        assertThat(dialog.locator("#adjust-reason-error")).isVisible();
        assertThat(dialog.getByLabel("Reason")).hasAttribute("aria-invalid", "true");
        assertThat(onHand(level)).isEqualTo(10);
        dialog.getByLabel("Reason").fill("found in the back room");
        screenshots(page, "inventory-adjust");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save adjustment"))
                .click();

        assertThat(dialog).isHidden();
        assertThat(levelRow(page, level).locator("[data-field=onHand]")).hasText("15");
        assertThat(onHand(level)).isEqualTo(15);
        Response movements = admin().get("/api/inventory/movements?sku=" + sku + "&kind=adjustment");
        assertThat(movements.json().get("items").get(0).get("reason").asString())
                .isEqualTo("found in the back room");
    }

    @Test
    void aStaleAdjustmentShowsWhatChangedAndCanBeAppliedKnowingly() {
        UUID location = fixtures.location();
        String sku = fixtures.item(null);
        UUID level = fixtures.level(sku, location, 10, 0, 0);
        Page page = open(admin(), "/admin/inventory?locationId=" + location);
        waitUntilLive(page);
        levelRow(page, level)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Adjust " + sku))
                .click();
        Locator dialog = page.locator("#adjust-dialog");
        dialog.getByLabel("Or set on hand to").fill("8");
        dialog.getByLabel("Reason").fill("stock count");

        adjust(sku, location, 2, null); // someone else's change while the counter types: now 12 on hand
        assertThat(levelRow(page, level).locator("[data-field=onHand]")).hasText("12");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save adjustment"))
                .click();

        assertThat(dialog.getByRole(AriaRole.ALERT)).containsText("changed since you opened it: now 12 on hand");
        assertThat(onHand(level)).as("nothing written on a stale version").isEqualTo(12);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Apply my change anyway"))
                .click();
        assertThat(dialog).isHidden();
        assertThat(levelRow(page, level).locator("[data-field=onHand]")).hasText("8");
        assertThat(onHand(level)).isEqualTo(8);
    }

    @Test
    void aStaleAdjustmentCanTakeTheNewNumbersFirst() {
        UUID location = fixtures.location();
        String sku = fixtures.item(null);
        UUID level = fixtures.level(sku, location, 10, 0, 0);
        Page page = open(admin(), "/admin/inventory?locationId=" + location);
        waitUntilLive(page);
        levelRow(page, level)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Adjust " + sku))
                .click();
        Locator dialog = page.locator("#adjust-dialog");
        dialog.getByLabel("Change on hand by").fill("-1");
        dialog.getByLabel("Reason").fill("damaged");
        adjust(sku, location, -4, null);
        assertThat(dialog.locator("[data-current]")).containsText("changed elsewhere since you opened it");

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save adjustment"))
                .click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reload"))
                .click();
        assertThat(dialog.locator("[data-current]")).containsText("on hand 6");
        assertThat(dialog.getByLabel("Change on hand by")).hasValue("-1");
        assertThat(onHand(level)).isEqualTo(6);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save adjustment"))
                .click();
        assertThat(dialog).isHidden();
        assertThat(onHand(level)).isEqualTo(5);
    }

    @Test
    void adjustingBelowWhatIsHeldIsExplained() {
        UUID location = fixtures.location();
        String sku = fixtures.item(null);
        UUID level = fixtures.level(sku, location, 3, 0, 0);
        Page page = open(admin(), "/admin/inventory?locationId=" + location);
        waitUntilLive(page);
        levelRow(page, level)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Adjust " + sku))
                .click();
        Locator dialog = page.locator("#adjust-dialog");
        dialog.getByLabel("Change on hand by").fill("-5");
        dialog.getByLabel("Reason").fill("broken");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save adjustment"))
                .click();

        assertThat(dialog.locator(".form-error")).containsText("Not enough stock: " + sku + " has 3 available");
        assertThat(onHand(level)).isEqualTo(3);
    }

    @Test
    void theTransferDialogMovesStockBetweenLocations() {
        UUID from = fixtures.location();
        UUID to = fixtures.location();
        String sku = fixtures.item(null);
        UUID level = fixtures.level(sku, from, 10, 0, 0);
        Page page = open(admin(), "/admin/inventory?locationId=" + from);
        waitUntilLive(page);
        levelRow(page, level)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Transfer " + sku))
                .click();
        Locator dialog = page.locator("#transfer-dialog");
        assertThat(dialog.getByLabel("From location")).hasValue(from.toString());
        dialog.getByLabel("To location").selectOption(to.toString());
        dialog.getByLabel("Quantity").fill("40");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Transfer"))
                .click();
        assertThat(dialog.locator(".form-error")).containsText("has 10 available, 40 requested");

        dialog.getByLabel("Quantity").fill("4");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Transfer"))
                .click();

        assertThat(dialog).isHidden();
        assertThat(levelRow(page, level).locator("[data-field=onHand]")).hasText("6");
        assertThat(onHand(level)).isEqualTo(6);
        assertThat(onHand(fixtures.levelOf(sku, to))).isEqualTo(4);
    }

    @Test
    void aViewerSeesLevelsWithoutEditControls() {
        UUID location = fixtures.location();
        String sku = fixtures.item(null);
        UUID level = fixtures.level(sku, location, 10, 0, 0);
        Page page = openAs(Role.VIEWER, "/admin/inventory?locationId=" + location);
        waitUntilLive(page);

        assertThat(levelRow(page, level).locator("[data-field=onHand]")).hasText("10");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adjust stock")))
                .hasCount(0);
        assertThat(page.locator("#levels button[data-action]")).hasCount(0);
        assertThat(page.locator("#adjust-dialog, #transfer-dialog")).hasCount(0);
    }

    @Test
    void aVendorSeesOnlyItsOwnLevelsAndMayAdjustButNotTransfer() {
        UUID vendor = fixtures.vendor();
        UUID location = fixtures.location();
        String own = fixtures.item(vendor);
        UUID ownLevel = fixtures.level(own, location, 10, 0, 0);
        fixtures.level(fixtures.item(null), location, 10, 0, 0);
        Page page = open(as(Role.VENDOR, vendor), "/admin/inventory?locationId=" + location);
        waitUntilLive(page);

        assertThat(levelRow(page, ownLevel).locator("[data-field=onHand]")).hasText("10");
        assertThat(page.locator("#levels tbody tr")).hasCount(1);
        assertThat(levelRow(page, ownLevel)
                        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Adjust " + own)))
                .isVisible();
        assertThat(page.locator("#levels button[data-action=transfer]")).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Purchase orders")))
                .hasCount(0);
        page.navigate(url(port, "/admin/inventory/purchase-orders"));
        assertThat(page).hasURL(url(port, "/admin/inventory"));
    }

    @Test
    void onAPhoneEachLevelIsACardWithItsAvailableAndActionsInViewAndNoPageScrollsSideways() {
        UUID location = fixtures.location();
        String sku = fixtures.item(null);
        UUID level = fixtures.level(sku, location, 12, 20, 0);
        fixtures.level(fixtures.item(null), location, 40, 4, 0);
        Page page = open(admin(), "/admin/inventory?locationId=" + location);
        waitUntilLive(page);
        page.setViewportSize(390, 844);
        Locator row = levelRow(page, level);
        assertThat(row.locator("[data-field=available]")).hasText("12");
        assertThat(row.locator(".low-marker")).isVisible();

        assertNoSidewaysScrolling(page);
        for (Locator part : List.of(
                row.locator("[data-field=available]"),
                row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Adjust " + sku)),
                row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Transfer " + sku)))) {
            assertThat(part).isVisible();
            var box = part.boundingBox();
            assertThat(box.x).as("left edge of %s", part).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as("right edge of %s", part).isLessThanOrEqualTo(390);
        }
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Adjust " + sku))
                .click();
        assertThat(page.locator("#adjust-dialog")).isVisible();
        assertThat(page.locator("#adjust-dialog").getByLabel("SKU")).hasValue(sku);
        page.keyboard().press("Escape");

        // the other inventory pages fit too (their tables scroll inside their own box)
        fixtures.take(level, 1);
        page.navigate(url(port, "/admin/inventory/movements?locationId=" + location));
        assertThat(page.locator("#movements tbody tr").first().locator("[data-field=quantity]"))
                .hasText("-1");
        assertNoSidewaysScrolling(page);
        page.navigate(url(port, "/admin/inventory/alerts?status=any&locationId=" + location));
        assertThat(page.locator("#alerts tbody tr").first()).containsText(sku);
        assertNoSidewaysScrolling(page);
        Response draft = admin().post(
                        "/api/inventory/purchase-orders",
                        Map.of("locationId", location, "lines", List.of(Map.of("sku", sku, "quantity", 3))));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        page.navigate(url(port, "/admin/inventory/purchase-orders?locationId=" + location));
        assertThat(page.locator("#purchase-orders tbody tr")).hasCount(1);
        assertNoSidewaysScrolling(page);
        page.navigate(url(port, "/admin/inventory/purchase-orders/" + draft.id()));
        assertThat(page.locator("#po-edit [name='lines[0].sku']")).hasValue(sku);
        assertNoSidewaysScrolling(page);
    }

    private static void assertNoSidewaysScrolling(Page page) {
        Object fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits)
                .as(
                        "%s: scrollWidth %s > innerWidth %s",
                        page.url(),
                        page.evaluate("document.documentElement.scrollWidth"),
                        page.evaluate("window.innerWidth"))
                .isEqualTo(true);
    }

    static Locator levelRow(Page page, UUID level) {
        return page.locator("#levels tbody tr[data-id='" + level + "']");
    }

    int onHand(UUID level) {
        Response response = admin().get("/api/inventory/levels/" + level);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("onHand").asInt();
    }

    void adjust(String sku, UUID location, int delta, Integer expectedVersion) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", sku);
        body.put("locationId", location);
        body.put("delta", delta);
        body.put("reason", "api change");
        if (expectedVersion != null) {
            body.put("expectedVersion", expectedVersion);
        }
        Response adjusted = admin().post("/api/inventory/adjustments", body);
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(201);
    }
}
