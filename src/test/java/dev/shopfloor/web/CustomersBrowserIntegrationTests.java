package dev.shopfloor.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.shopfloor.orders.OrderFixtures;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.BrowserTest;
import dev.shopfloor.testing.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The customer pages in a real browser against the real app: forms, live list, conflicts, log and roles. */
class CustomersBrowserIntegrationTests extends BrowserTest {

    @Test
    void createsACustomerAfterShowingTheApisFieldErrorsUnderTheirFields() {
        String taken = unique("taken") + "@example.com";
        customer(Map.of("name", unique("Holder"), "email", taken));
        Page page = open(admin(), "/admin/customers/new");
        String name = unique("Created");

        page.getByLabel("Name").fill(name);
        page.getByLabel("Email").fill("not an email");
        page.getByLabel("City").fill("Bergen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create customer"))
                .click();
        assertThat(errorUnder(page, "customer-email")).containsText("well-formed email");
        assertThat(errorUnder(page, "address-0-line1")).isVisible();
        assertThat(page.getByLabel("Email")).hasAttribute("aria-invalid", "true");

        page.getByLabel("Email").fill(taken.toUpperCase());
        page.getByLabel("Street and number").fill("Bryggen 1");
        page.getByLabel("Country (2 letters)").fill("no");
        page.getByLabel("Tags").fill("VIP, team");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create customer"))
                .click();
        assertThat(errorUnder(page, "customer-email")).hasText("another customer already has this email address");
        screenshots(page, "customers-edit");

        String email = unique("fresh") + "@example.com";
        page.getByLabel("Email").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create customer"))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/admin/customers/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).containsText(name);
        JsonNode created = admin().get(
                        "/api/customers/" + page.url().substring(page.url().lastIndexOf('/') + 1))
                .json();
        assertThat(created.get("email").asString()).isEqualTo(email);
        assertThat(created.at("/tags/0").asString()).isEqualTo("vip");
        assertThat(created.at("/addresses/0/city").asString()).isEqualTo("Bergen");
        assertThat(created.at("/addresses/0/country").asString()).isEqualTo("NO");
        assertThat(page.getByLabel("City")).hasValue("Bergen");
    }

    @Test
    void anEditInOneBrowserUpdatesTheRowInAnotherBrowsersListInPlace() {
        String prefix = unique("Listed");
        String id = customer(Map.of("name", prefix + " Original", "email", prefix + "@example.com"));
        customer(Map.of("name", prefix + " Neighbour", "tags", List.of("vip")));
        Page list = openAs(Role.VIEWER, "/admin/customers?q=" + prefix);
        waitUntilLive(list);
        Locator row = list.locator("tr[data-id='" + id + "']");
        assertThat(row).containsText(prefix + " Original");

        Page edit = open(admin(), "/admin/customers/" + id);
        waitUntilLive(edit);
        assertThat(edit.getByLabel("Name")).hasValue(prefix + " Original");
        edit.getByLabel("Name").fill(" ");
        edit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();
        assertThat(errorUnder(edit, "customer-name")).containsText("must not be blank");
        assertThat(row).containsText(prefix + " Original");

        edit.getByLabel("Name").fill(prefix + " Renamed");
        edit.getByLabel("Company").fill("Fjord AS");
        edit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();

        assertThat(row).containsText(prefix + " Renamed", containsWithinASecond());
        assertThat(row).containsText("Fjord AS");
        assertThat(row).hasClass(Pattern.compile("\\bflash\\b"));
        assertThat(list.locator("tr[data-id]")).hasCount(2);
        screenshots(list, "customers-list");
        JsonNode saved = admin().get("/api/customers/" + id).json();
        assertThat(saved.get("name").asString()).isEqualTo(prefix + " Renamed");
        assertThat(saved.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aCustomerCreatedThroughTheApiIsAnnouncedInsteadOfShiftingTheList() {
        String prefix = unique("Announced");
        customer(Map.of("name", prefix + " First"));
        Page list = open(admin(), "/admin/customers?q=" + prefix);
        waitUntilLive(list);
        assertThat(list.locator("tr[data-id]")).hasCount(1);

        String id = customer(Map.of("name", prefix + " Second"));

        Locator news = list.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("1 new — show"));
        assertThat(news).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(1000));
        assertThat(list.locator("tr[data-id]")).hasCount(1);
        news.click();
        assertThat(list.locator("tr[data-id]")).hasCount(2);
        assertThat(list.locator("tr[data-id]").first()).hasAttribute("data-id", id);
        assertThat(news).isHidden();
    }

    @Test
    void filtersLiveInTheAddressBarAndArchivedCustomersShowAsSuch() {
        String prefix = unique("Filtered");
        String gold = customer(
                Map.of("name", prefix + " Gold", "tags", List.of("gold"), "addresses", List.of(address("Tromsø"))));
        String archived = customer(Map.of("name", prefix + " Gone"));
        Response archiving = admin().put(
                        "/api/customers/" + archived, Map.of("name", prefix + " Gone", "archived", true, "version", 1));
        assertThat(archiving.status()).as(archiving.toString()).isEqualTo(200);

        Page list = open(admin(), "/admin/customers?q=" + prefix + "&archived=any");
        assertThat(list.getByLabel("Show")).hasValue("any");
        assertThat(list.locator("tr[data-id]")).hasCount(2);
        assertThat(list.locator("tr[data-id='" + archived + "']")).containsText("archived");
        assertThat(list.locator("tr[data-id='" + gold + "']")).containsText("Tromsø");

        list.getByLabel("Tags").fill("gold");
        assertThat(list.locator("tr[data-id]")).hasCount(1);
        assertThat(list.locator("tr[data-id]")).hasAttribute("data-id", gold);
        assertThat(list).hasURL(Pattern.compile(".*[?&]tag=gold.*"));

        list.getByLabel("Tags").fill("");
        list.getByLabel("Show").selectOption("");
        assertThat(list.locator("tr[data-id]")).hasCount(1);
        assertThat(list.locator("tr[data-id]")).hasAttribute("data-id", gold);
        list.getByLabel("City").fill("nowhere");
        assertThat(list.getByText("No customers match these filters.")).isVisible();
    }

    @Test
    void aStaleSaveOpensTheConflictDialogWithTheChangedFieldAndCanReloadTheirVersion() {
        String name = unique("Contested");
        String id = customer(Map.of("name", name, "phone", "+47 111"));
        Page page = open(admin(), "/admin/customers/" + id);
        waitUntilLive(page);
        assertThat(page.getByLabel("Phone")).hasValue("+47 111");
        page.getByLabel("Company").fill("Mine AS");

        Response theirs = admin().put("/api/customers/" + id, Map.of("name", name, "phone", "+47 222", "version", 1));
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(200);
        assertThat(page.locator("#customer-form .stale-notice"))
                .containsText("Someone else changed this", containsWithinASecond());

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();
        Locator dialog = page.locator("dialog.conflict-dialog");
        assertThat(dialog).isVisible();
        Locator phoneRow = dialog.locator("tr", new Locator.LocatorOptions().setHasText("phone"));
        assertThat(phoneRow).containsText("+47 222");
        assertThat(dialog.locator(".their-version")).hasText("2");
        screenshots(page, "customers-conflict");

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reload their version"))
                .click();
        assertThat(dialog).isHidden();
        assertThat(page.getByLabel("Phone")).hasValue("+47 222");
        assertThat(page.getByLabel("Company")).hasValue("");
        JsonNode stored = admin().get("/api/customers/" + id).json();
        assertThat(stored.get("version").asInt()).isEqualTo(2);
        assertThat(stored.get("company").isNull()).isTrue();
    }

    @Test
    void theDetailShowsNewOrdersAndCommunicationsLoggedElsewhereLogsItsOwnAndArchivesACustomerWithOrders() {
        String id = customer(Map.of(
                "name", unique("Talkative"),
                "email", unique("talk") + "@example.com",
                "tags", List.of("vip", "club"),
                "notes", "Prefers calls in the morning.",
                "addresses", List.of(address("Oslo"))));
        var orders = new OrderFixtures(admin());
        String sku = orders.madeToOrder(30);
        orders.place(OrderFixtures.body(UUID.fromString(id), OrderFixtures.line(sku, 1)));
        Page page = open(admin(), "/admin/customers/" + id);
        waitUntilLive(page);
        Locator orderRows = page.locator("#customer-orders tr[data-id]");
        assertThat(orderRows).hasCount(1);

        JsonNode order = orders.place(OrderFixtures.body(UUID.fromString(id), OrderFixtures.line(sku, 2)));
        assertThat(orderRows.first()).containsText(order.get("number").asString(), containsWithinASecond());
        assertThat(orderRows).hasCount(2);

        Response logged = admin().post(
                        "/api/customers/" + id + "/communications",
                        Map.of("kind", "call", "direction", "in", "subject", "Asked about sizes", "body", "M or L?"));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        Locator entries = page.locator(".communication-log > li");
        assertThat(entries.first()).containsText("Asked about sizes", containsWithinASecond());

        page.getByLabel("Channel").selectOption("email");
        page.getByLabel("Subject").fill("Sent the size chart");
        page.getByLabel("What was said").fill("Chart attached.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log it"))
                .click();
        assertThat(entries.first()).containsText("Sent the size chart");
        assertThat(entries).hasCount(2);
        assertThat(page.getByLabel("Subject")).hasValue("");
        screenshots(page, "customers-detail");

        JsonNode log = admin().get("/api/customers/" + id + "/communications").json();
        assertThat(log.get("items")).hasSize(2);
        assertThat(log.at("/items/0/kind").asString()).isEqualTo("email");

        // a customer with orders is archived, not deleted, and can be restored
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete…"))
                .click();
        page.locator("#delete-dialog")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Delete").setExact(true))
                .click();
        assertThat(page.locator("h1 .badge")).hasText("archived");
        assertThat(admin().get("/api/customers/" + id).json().get("archived").asBoolean())
                .isTrue();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore"))
                .click();
        assertThat(page.locator("h1 .badge")).hasCount(0);
        assertThat(admin().get("/api/customers/" + id).json().get("archived").asBoolean())
                .isFalse();
    }

    @Test
    void aViewerSeesNoEditControlsAndAVendorGetsAClearRefusal() {
        String name = unique("Viewed");
        String id = customer(Map.of("name", name, "email", unique("seen") + "@example.com"));
        Page list = openAs(Role.VIEWER, "/admin/customers?q=" + name);
        assertThat(list.locator("tr[data-id='" + id + "']")).containsText(name);
        assertThat(list.getByText("New customer")).hasCount(0);

        list.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        assertThat(list).hasURL(url(port, "/admin/customers/" + id));
        assertThat(list.locator("#customer-summary")).containsText("@example.com");
        assertThat(list.locator("#customer-form")).hasCount(0);
        assertThat(list.locator("#communication-form")).hasCount(0);
        assertThat(list.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete…")))
                .hasCount(0);
        assertThat(list.locator("main button.edit-only, main form.edit-only")).hasCount(0);
        waitUntilLive(list);
        Response changed = admin().put(
                        "/api/customers/" + id,
                        Map.of("name", name, "email", "changed-" + name + "@example.com", "version", 1));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(list.locator("#customer-summary")).containsText("changed-" + name, containsWithinASecond());

        String vendor =
                admin().post("/api/vendors", Map.of("name", unique("Vendor"))).id();
        Page refused = open(as(Role.VENDOR, UUID.fromString(vendor)), "/admin/customers/" + id);
        assertThat(refused.locator("[data-forbidden]")).containsText("You cannot see customers");
        assertThat(refused.locator(".customer-layout")).isHidden();
    }

    @Test
    void deletingAsksFirstAndThenRemovesTheCustomer() {
        String name = unique("Doomed");
        String id = customer(Map.of("name", name));
        Page page = open(admin(), "/admin/customers/" + id);
        assertThat(page.getByLabel("Name")).hasValue(name);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete…"))
                .click();
        Locator dialog = page.locator("#delete-dialog");
        assertThat(dialog).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel"))
                .click();
        assertThat(dialog).isHidden();
        assertThat(admin().get("/api/customers/" + id).status()).isEqualTo(200);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete…"))
                .click();
        dialog.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Delete").setExact(true))
                .click();
        assertThat(page).hasURL(url(port, "/admin/customers"));
        assertThat(admin().get("/api/customers/" + id).status()).isEqualTo(404);
    }

    private String customer(Map<String, Object> body) {
        Response created = admin().post("/api/customers", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private static Map<String, Object> address(String city) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("kind", "shipping");
        address.put("line1", "Karl Johans gate 1");
        address.put("city", city);
        address.put("postalCode", "0154");
        address.put("country", "NO");
        address.put("isDefault", true);
        return address;
    }

    private static Locator errorUnder(Page page, String inputId) {
        return page.locator("#" + inputId + "-error");
    }

    private static LocatorAssertions.ContainsTextOptions containsWithinASecond() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(1000);
    }
}
