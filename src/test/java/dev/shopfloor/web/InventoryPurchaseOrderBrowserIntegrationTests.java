package dev.shopfloor.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.shopfloor.inventory.ReorderFixtures;
import dev.shopfloor.partners.Vendors;
import dev.shopfloor.testing.BrowserTest;
import dev.shopfloor.testing.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** One purchase order's page: editing a draft (field errors per line, version conflicts) and stale status moves. */
class InventoryPurchaseOrderBrowserIntegrationTests extends BrowserTest {

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
    void aDraftIsEditedInThePageWithFieldErrorsUnderTheirLine() {
        UUID vendor = fixtures.vendor();
        UUID location = fixtures.location();
        String first = fixtures.item(vendor);
        String second = fixtures.item(vendor);
        String id = createOrder(location, Map.of("sku", first, "quantity", 5));
        Page page = open(admin(), "/admin/inventory/purchase-orders/" + id);
        waitUntilLive(page);
        Locator form = page.locator("#po-edit");
        assertThat(form.locator("[name='lines[0].sku']")).hasValue(first);
        assertThat(form.locator("[name='lines[0].quantity']")).hasValue("5");

        form.getByLabel("Expected on").fill("2030-03-15");
        form.getByLabel("Notes").fill("Deliver to the back door");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add line"))
                .click();
        form.locator("[name='lines[1].sku']").fill(second);
        form.locator("[name='lines[1].quantity']").fill("0");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save draft"))
                .click();

        Locator lineError = form.locator(".field:has([name='lines[1].quantity']) .field-error");
        assertThat(lineError).isVisible();
        assertThat(form.locator("[name='lines[1].quantity']")).hasAttribute("aria-invalid", "true");
        assertThat(form.locator(".field:has([name='lines[0].quantity']) .field-error"))
                .hasCount(0);
        assertThat(order(id).get("lines")).hasSize(1);

        form.locator("[name='lines[1].quantity']").fill("4");
        form.locator("[name='lines[1].unitCost']").fill("2.25");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save draft"))
                .click();

        assertThat(page.locator("#po [data-field=notes]")).hasText("Deliver to the back door");
        assertThat(page.locator("#po [data-field=expectedAt]")).hasText("Mar 15, 2030");
        assertThat(page.locator("#po-lines tr")).hasCount(2);
        assertThat(lineError).hasCount(0);
        JsonNode saved = order(id);
        assertThat(saved.get("notes").asString()).isEqualTo("Deliver to the back door");
        assertThat(saved.get("expectedAt").asString()).isEqualTo("2030-03-15");
        assertThat(saved.get("lines")).hasSize(2);
        assertThat(saved.get("lines").get(1).get("sku").asString()).isEqualTo(second);
        assertThat(saved.get("lines").get(1).get("quantity").asInt()).isEqualTo(4);
        screenshots(page, "inventory-purchase-order-edit");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as ordered"))
                .click();
        assertThat(page.locator("#po-status")).hasText("ordered");
        assertThat(page.locator("#po-edit-section")).isHidden();
    }

    @Test
    void aStaleEditShowsWhatChangedAndOverwritesOnlyWhenAsked() {
        UUID vendor = fixtures.vendor();
        UUID location = fixtures.location();
        String sku = fixtures.item(vendor);
        String id = createOrder(location, Map.of("sku", sku, "quantity", 5));
        Page page = open(admin(), "/admin/inventory/purchase-orders/" + id);
        waitUntilLive(page);
        Locator form = page.locator("#po-edit");
        assertThat(form.locator("[name='lines[0].sku']")).hasValue(sku);

        form.getByLabel("Expected on").fill("2030-04-01");
        Response elsewhere = admin().put(
                        "/api/inventory/purchase-orders/" + id,
                        Map.of("notes", "Changed on the phone", "currency", "EUR"));
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(200);
        assertThat(form.locator(".stale-notice")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(1000));
        assertThat(page.locator("#po [data-field=notes]")).hasText("Changed on the phone");
        assertThat(form.getByLabel("Expected on")).hasValue("2030-04-01"); // the typing is kept

        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save draft"))
                .click();

        Locator dialog = page.locator("dialog.conflict-dialog");
        assertThat(dialog).isVisible();
        assertThat(dialog.locator("tbody tr", new Locator.LocatorOptions().setHasText("notes")))
                .containsText("Changed on the phone");
        assertThat(order(id).get("expectedAt").isNull()).isTrue();

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save mine over it"))
                .click();

        assertThat(page.locator("#po [data-field=expectedAt]")).hasText("Apr 1, 2030");
        JsonNode saved = order(id);
        assertThat(saved.get("expectedAt").asString()).isEqualTo("2030-04-01");
        assertThat(saved.get("version").asInt()).isGreaterThan(elsewhereVersion(elsewhere));
    }

    @Test
    void aStaleStatusMoveSaysWhatChangedAndIsRepeatedOnlyWhenAsked() {
        UUID vendor = fixtures.vendor();
        UUID location = fixtures.location();
        String sku = fixtures.item(vendor);
        String id = createOrder(location, Map.of("sku", sku, "quantity", 5));
        Page page = open(admin(), "/admin/inventory/purchase-orders/" + id);
        waitUntilLive(page);
        assertThat(page.locator("#po-status")).hasText("draft");
        // The page keeps seeing the order as it was (as if the change had not reached it yet).
        String stale = admin().get("/api/inventory/purchase-orders/" + id).body();
        page.route(
                "**/api/inventory/purchase-orders/" + id,
                route -> route.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("application/json")
                        .setBody(stale)));
        page.waitForRequest("**/api/inventory/purchase-orders/" + id, () -> {
            Response edited = admin().put(
                            "/api/inventory/purchase-orders/" + id,
                            Map.of("notes", "Call before delivery", "currency", "EUR"));
            assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        });
        page.unroute("**/api/inventory/purchase-orders/" + id);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as ordered"))
                .click();

        Locator alert = page.locator("#po-alert");
        assertThat(alert).containsText("Someone else changed this order first");
        assertThat(alert).containsText("notes: — → Call before delivery");
        assertThat(page.locator("#po [data-field=notes]")).hasText("Call before delivery");
        assertThat(page.locator("#po-status")).hasText("draft");
        assertThat(order(id).get("status").asString()).isEqualTo("draft");

        alert.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark as ordered again"))
                .click();

        assertThat(page.locator("#po-status")).hasText("ordered");
        assertThat(alert).isHidden();
        assertThat(order(id).get("status").asString()).isEqualTo("ordered");
    }

    @Test
    void aStatusMoveOnAnOrderCancelledElsewhereOffersOnlyReload() {
        UUID vendor = fixtures.vendor();
        UUID location = fixtures.location();
        String sku = fixtures.item(vendor);
        String id = createOrder(location, Map.of("sku", sku, "quantity", 5));
        Page page = open(admin(), "/admin/inventory/purchase-orders/" + id);
        waitUntilLive(page);
        assertThat(page.locator("#po-status")).hasText("draft");
        String stale = admin().get("/api/inventory/purchase-orders/" + id).body();
        page.route(
                "**/api/inventory/purchase-orders/" + id,
                route -> route.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("application/json")
                        .setBody(stale)));
        page.waitForRequest("**/api/inventory/purchase-orders/" + id, () -> {
            Response cancelled =
                    admin().put("/api/inventory/purchase-orders/" + id + "/status", Map.of("status", "cancelled"));
            assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        });
        page.unroute("**/api/inventory/purchase-orders/" + id);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as ordered"))
                .click();

        Locator alert = page.locator("#po-alert");
        assertThat(alert).containsText("status: draft → cancelled");
        assertThat(alert.getByRole(AriaRole.BUTTON)).hasText(new String[] {"Reload"});
        assertThat(page.locator("#po-status")).hasText("cancelled");
        assertThat(order(id).get("status").asString()).isEqualTo("cancelled");
        screenshots(page, "inventory-purchase-order-conflict");
        alert.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reload"))
                .click();
        assertThat(alert).isHidden();
    }

    @SafeVarargs
    private String createOrder(UUID location, Map<String, Object>... lines) {
        Response created =
                admin().post("/api/inventory/purchase-orders", Map.of("locationId", location, "lines", List.of(lines)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private JsonNode order(String id) {
        Response response = admin().get("/api/inventory/purchase-orders/" + id);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static int elsewhereVersion(Response response) {
        return response.json().get("version").asInt();
    }
}
