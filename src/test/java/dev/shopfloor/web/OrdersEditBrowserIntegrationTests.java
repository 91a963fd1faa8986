package dev.shopfloor.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.shopfloor.orders.OrderFixtures.body;
import static dev.shopfloor.orders.OrderFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import dev.shopfloor.orders.OrderFixtures;
import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.BrowserTest;
import dev.shopfloor.testing.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Round 2 of the orders pages: customer renames live, the list on a phone, adding and changing an order's lines. */
class OrdersEditBrowserIntegrationTests extends BrowserTest {

    private static final LocatorAssertions.HasTextOptions WITHIN_A_SECOND =
            new LocatorAssertions.HasTextOptions().setTimeout(1000);

    private static final Pattern FLASH = Pattern.compile("\\bflash\\b");

    private OrderFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new OrderFixtures(admin());
    }

    @Test
    void aRenamedCustomerShowsOnTheListAndTheOrderPageWithinASecond() {
        String before = unique("Ada");
        Response customer = admin().post("/api/customers", Map.of("name", before));
        assertThat(customer.status()).as(customer.toString()).isEqualTo(201);
        JsonNode order = fixtures.place(body(UUID.fromString(customer.id()), line(fixtures.stocked(10), 1)));
        String id = order.get("id").asString();
        Page list = open(admin(), "/admin/orders?q=" + order.get("number").asString());
        Page detail = open(admin(), "/admin/orders/" + id);
        waitUntilLive(list);
        waitUntilLive(detail);
        Locator row = list.locator("[data-rows] tr[data-id='" + id + "']");
        Locator cell = row.locator("td[data-field=customerId]");
        assertThat(cell).hasText(before);
        assertThat(detail.locator("#customer-link")).hasText(before);

        String after = unique("Ada Lovelace");
        Response renamed = admin().put("/api/customers/" + customer.id(), Map.of("name", after, "version", 1));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);

        assertThat(cell).hasText(after, WITHIN_A_SECOND);
        assertThat(row).hasClass(FLASH);
        assertThat(detail.locator("#customer-link")).hasText(after, WITHIN_A_SECOND);
        assertThat(detail.locator("#customer-link")).hasClass(FLASH);
    }

    @Test
    void theListReadsTheCustomerNamesOfItsPageInOneRequest() {
        String sku = fixtures.stocked(10);
        Map<String, String> nameByOrder = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            String name = unique("Reader " + i);
            Response customer = admin().post("/api/customers", Map.of("name", name));
            assertThat(customer.status()).as(customer.toString()).isEqualTo(201);
            JsonNode order = fixtures.place(body(UUID.fromString(customer.id()), line(sku, 1)));
            nameByOrder.put(order.get("id").asString(), name);
        }
        Page page = signedInBlankPage(admin());
        List<String> customerReads = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("/api/customers")) customerReads.add(request.url());
        });
        page.navigate(url(port, "/admin/orders"));

        nameByOrder.forEach((orderId, name) -> assertThat(
                        page.locator("[data-rows] tr[data-id='" + orderId + "'] td[data-field=customerId]"))
                .hasText(name));
        assertThat(customerReads).as("one read for the names of the whole page").hasSize(1);
        assertThat(customerReads.getFirst()).contains("/api/customers?ids=").contains("limit=200");
        assertThat(page.locator("[data-rows] tr")).not().hasCount(0);
    }

    @Test
    void theListFitsAPhoneWithNumberStatusAndTotalInView() {
        JsonNode order = fixtures.orderIn(OrderStatus.PENDING);
        Page page = open(admin(), "/admin/orders");
        page.setViewportSize(390, 844);
        waitUntilLive(page);
        Locator row = page.locator("[data-rows] tr").first();
        assertThat(row.getByRole(AriaRole.LINK)).isVisible();

        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= innerWidth"))
                .as("the page scrolls sideways at 390 px")
                .isTrue();
        assertThat((Boolean) page.evaluate("() => [...document.querySelectorAll('#orders .table-wrap')]"
                        + ".every(w => w.scrollWidth <= w.clientWidth)"))
                .as("the orders table scrolls sideways at 390 px")
                .isTrue();
        for (Locator cell : new Locator[] {
            row.getByRole(AriaRole.LINK), row.locator("td[data-field=status]"), row.locator("td[data-field=total]")
        }) {
            assertThat(cell).isVisible();
            BoundingBox box = cell.boundingBox();
            assertThat(box.x + box.width).as(cell.toString()).isLessThanOrEqualTo(390);
        }
        // the customer is stacked under the number instead of a column of its own
        assertThat(row.locator("[data-phone-customer]")).isVisible();
        assertThat(row.locator("td[data-field=customerId]")).isHidden();

        page.navigate(url(port, "/admin/orders/" + order.get("id").asString()));
        assertThat(page.locator("#items tr")).hasCount(1);
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= innerWidth"))
                .as("the order page scrolls sideways at 390 px")
                .isTrue();
    }

    @Test
    void anItemIsAddedToAPendingOrderWithLiveStockAndItsShortageOnTheForm() {
        JsonNode order = fixtures.orderIn(OrderStatus.PENDING);
        String id = order.get("id").asString();
        String sku = fixtures.stockItem(10);
        String location = admin().post(
                        "/api/locations",
                        Map.of("code", unique("L").toUpperCase().replace("-", "_"), "name", "Three units"))
                .id();
        adjust(sku, location, 3);
        Page page = open(admin(), "/admin/orders/" + id);
        waitUntilLive(page);
        assertThat(page.locator("#items tr")).hasCount(1);

        page.getByLabel("Item (SKU or name)").fill(sku);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^" + sku + " ")))
                .click();
        Locator available = page.locator("#add-available");
        assertThat(available).hasText("3 available");
        adjust(sku, location, 1);
        assertThat(available).hasText("4 available", WITHIN_A_SECOND);

        page.getByLabel("Quantity", new Page.GetByLabelOptions().setExact(true)).fill("6");
        assertThat(available).hasClass(Pattern.compile("\\blow\\b"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to order"))
                .click();
        assertThat(page.locator("#add-error")).hasText("Not enough stock: 6 requested, only 4 available.");
        assertThat(admin().get("/api/orders/" + id).json().get("items")).hasSize(1);

        page.getByLabel("Quantity", new Page.GetByLabelOptions().setExact(true)).fill("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to order"))
                .click();
        Locator added = page.locator("#items tr").filter(new Locator.FilterOptions().setHasText(sku));
        assertThat(added.locator("td[data-field=quantity]")).hasText("4");
        assertThat(page.locator("[data-field=total]")).hasText("€140.00"); // 2 x 50 + 4 x 10
        assertThat(page.locator("#add-error")).isHidden();
        JsonNode saved = admin().get("/api/orders/" + id).json();
        assertThat(saved.get("items")).hasSize(2);
        assertThat(saved.get("items").get(1).get("sku").asString()).isEqualTo(sku);
        assertThat(saved.get("items").get(1).get("quantity").asInt()).isEqualTo(4);
        screenshots(page, "orders-detail-edit");
    }

    @Test
    void aLineQuantityChangeIsSavedAndAShortageIsShownOnItsLine() {
        String sku = fixtures.stockItem(20);
        String location = admin().post(
                        "/api/locations",
                        Map.of("code", unique("L").toUpperCase().replace("-", "_"), "name", "Five units"))
                .id();
        adjust(sku, location, 5);
        JsonNode order = fixtures.place(body(fixtures.customer(), line(sku, 2)));
        String id = order.get("id").asString();
        Page page = open(admin(), "/admin/orders/" + id);
        waitUntilLive(page);
        Locator row = page.locator("#items tr").first();
        Locator quantity = page.getByLabel("New quantity of " + sku);
        assertThat(quantity).hasValue("2");

        quantity.fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save quantity of " + sku))
                .click();
        assertThat(row.locator("td[data-field=quantity]")).hasText("3");
        assertThat(page.locator("[data-field=total]")).hasText("€60.00");
        assertThat(firstLine(id).get("quantity").asInt()).isEqualTo(3);

        page.getByLabel("New quantity of " + sku).fill("9");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save quantity of " + sku))
                .click();
        assertThat(page.locator("#items tr .line-error")).containsText("Not enough stock: 9 requested");
        assertThat(page.getByLabel("New quantity of " + sku)).hasAttribute("aria-invalid", "true");
        assertThat(firstLine(id).get("quantity").asInt()).isEqualTo(3);
        assertThat(row.locator("td[data-field=quantity]")).hasText("3");
    }

    @Test
    void aQuantityChangeOnAStaleOrderSaysWhatChangedAndSavesOnlyWhenAskedAgain() {
        JsonNode order = fixtures.orderIn(OrderStatus.PENDING);
        String id = order.get("id").asString();
        JsonNode line = order.get("items").get(0);
        String sku = line.get("sku").asString();
        Page page = open(admin(), "/admin/orders/" + id);
        waitUntilLive(page);
        assertThat(page.getByLabel("New quantity of " + sku)).hasValue("2");
        // The page keeps seeing the order as it was (as if the change had not reached it yet).
        String stale = admin().get("/api/orders/" + id).body();
        page.route(
                "**/api/orders/" + id,
                route -> route.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("application/json")
                        .setBody(stale)));
        Response changed =
                admin().put("/api/orders/" + id + "/items/" + line.get("id").asString(), Map.of("quantity", 4));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(page.locator("#history")).containsText("quantity 2 → 4");
        page.unroute("**/api/orders/" + id);

        page.getByLabel("New quantity of " + sku).fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save quantity of " + sku))
                .click();

        Locator alert = page.locator("#order-alert");
        assertThat(alert).containsText("Someone else changed this order first");
        assertThat(alert).containsText(sku + " quantity 2 → 4");
        assertThat(page.locator("#items tr").first().locator("td[data-field=quantity]"))
                .hasText("4");
        assertThat(page.getByLabel("New quantity of " + sku)).hasValue("5"); // the user's input is kept
        assertThat(firstLine(id).get("quantity").asInt()).isEqualTo(4);

        alert.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save mine again"))
                .click();
        assertThat(page.locator("#items tr").first().locator("td[data-field=quantity]"))
                .hasText("5");
        assertThat(firstLine(id).get("quantity").asInt()).isEqualTo(5);
    }

    @Test
    void aLineIsRemovedButNeverTheLastOne() {
        String kept = fixtures.stocked(10);
        String removed = fixtures.stocked(20);
        JsonNode order = fixtures.place(body(fixtures.customer(), line(kept, 1), line(removed, 1)));
        String id = order.get("id").asString();
        Page page = open(admin(), "/admin/orders/" + id);
        waitUntilLive(page);
        assertThat(page.locator("#items tr")).hasCount(2);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove " + removed))
                .click();
        assertThat(page.locator("#items tr")).hasCount(1);
        assertThat(page.locator("[data-field=total]")).hasText("€10.00");
        assertThat(admin().get("/api/orders/" + id).json().get("items")).hasSize(1);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove " + kept))
                .click();
        assertThat(page.locator("#items tr .line-error"))
                .hasText("An order needs at least one line: cancel the order instead.");
        assertThat(admin().get("/api/orders/" + id).json().get("items")).hasSize(1);
    }

    @Test
    void lineEditsAreOfferedOnlyToStaffWhileTheOrderMayChange() {
        JsonNode pending = fixtures.orderIn(OrderStatus.PENDING);
        Page viewer = openAs(Role.VIEWER, "/admin/orders/" + pending.get("id").asString());
        waitUntilLive(viewer);
        assertThat(viewer.locator("#items tr")).hasCount(1);
        assertThat(viewer.locator("#add-line-form")).hasCount(0);
        assertThat(viewer.locator(".line-edit")).hasCount(0);

        JsonNode shipped = fixtures.orderIn(OrderStatus.SHIPPED);
        Page staff = openAs(Role.STAFF, "/admin/orders/" + shipped.get("id").asString());
        waitUntilLive(staff);
        assertThat(staff.locator("#order-status")).hasText("shipped");
        assertThat(staff.locator("#items tr")).hasCount(1);
        assertThat(staff.locator("#add-line-form")).isHidden();
        assertThat(staff.locator("#items .line-edit")).isHidden();
    }

    private JsonNode firstLine(String orderId) {
        return admin().get("/api/orders/" + orderId).json().get("items").get(0);
    }

    private void adjust(String sku, String locationId, int delta) {
        Response adjusted = admin().post(
                        "/api/inventory/adjustments",
                        Map.of("sku", sku, "locationId", locationId, "delta", delta, "reason", "test stock"));
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(201);
    }
}
