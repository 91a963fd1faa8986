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
import dev.shopfloor.orders.OrderFixtures;
import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.BrowserTest;
import dev.shopfloor.testing.Response;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The orders list and an order's page: live updates, status moves, payments, role-aware controls. */
class OrdersBrowserIntegrationTests extends BrowserTest {

    private static final LocatorAssertions.IsVisibleOptions WITHIN_A_SECOND =
            new LocatorAssertions.IsVisibleOptions().setTimeout(1000);

    private OrderFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new OrderFixtures(admin());
    }

    @Test
    void anOrderPlacedThroughTheApiWaitsBehindTheNewButtonAndShowsAtTheTop() {
        String sku = fixtures.stocked(42.5);
        UUID customer = fixtures.customer();
        Page page = open(admin(), "/admin/orders");
        Page cancelledOnly = open(admin(), "/admin/orders?status=cancelled");
        waitUntilLive(page);
        waitUntilLive(cancelledOnly);
        assertThat(page.locator("[data-rows] tr").first()).isVisible();

        JsonNode order = fixtures.place(body(customer, line(sku, 2)));
        String number = order.get("number").asString();

        Locator news = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("1 new — show"));
        assertThat(news).isVisible(WITHIN_A_SECOND);
        assertThat(cancelledOnly.locator("[data-news]")).isHidden();
        assertThat(page.locator("[data-rows]")).not().containsText(number);
        news.click();

        Locator top = page.locator("[data-rows] tr").first();
        assertThat(top.getByRole(AriaRole.LINK)).hasText(number);
        assertThat(top).containsText("€85.00");
        assertThat(top).containsText("pending");
        assertThat(news).isHidden();
        screenshots(page, "orders-list");
        top.getByRole(AriaRole.LINK).click();
        assertThat(page).hasURL(url(port, "/admin/orders/" + order.get("id").asString()));
    }

    @Test
    void aStatusMoveOnTheOrderPageOffersOnlyAllowedMovesAndShowsInPlaceOnAnotherOpenList() {
        JsonNode order = fixtures.orderIn(OrderStatus.PENDING);
        String id = order.get("id").asString();
        String number = order.get("number").asString();
        Page list = open(admin(), "/admin/orders?q=" + number);
        waitUntilLive(list);
        Locator row = list.locator("[data-rows] tr[data-id='" + id + "']");
        assertThat(row).containsText("pending");

        Page detail = open(admin(), "/admin/orders/" + id);
        waitUntilLive(detail);
        Locator moves = detail.locator("[data-transitions] button");
        assertThat(moves).hasText(new String[] {"Move to confirmed", "Move to cancelled"});

        moves.getByText("Move to confirmed").click();

        assertThat(detail.locator("#order-status")).hasText("confirmed");
        assertThat(moves)
                .hasText(new String[] {"Move to in production", "Move to ready", "Move to shipped", "Move to cancelled"
                });
        assertThat(row.locator("td").nth(2))
                .hasText("confirmed", new LocatorAssertions.HasTextOptions().setTimeout(1000));
        assertThat(list.locator("[data-rows] tr[data-id='" + id + "']")).hasClass(Pattern.compile("\\bflash\\b"));
        assertThat(admin().get("/api/orders/" + id).json().get("status").asString())
                .isEqualTo("confirmed");
    }

    @Test
    void aStatusMoveOnAStaleOrderSaysWhatChangedAndOverwritesNothingUntilAskedAgain() {
        JsonNode order = fixtures.orderIn(OrderStatus.PENDING);
        String id = order.get("id").asString();
        Page page = open(admin(), "/admin/orders/" + id);
        waitUntilLive(page);
        assertThat(page.locator("#order-payment-status")).hasText("unpaid");
        // The page keeps seeing the order as it was (as if the change had not reached it yet).
        String stale = admin().get("/api/orders/" + id).body();
        page.route(
                "**/api/orders/" + id,
                route -> route.fulfill(new Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType("application/json")
                        .setBody(stale)));
        Response paid = admin().post(
                        "/api/orders/" + id + "/payments", Map.of("amount", 30, "currency", "EUR", "method", "cash"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(page.locator("#payments tr")).hasCount(1);
        page.unroute("**/api/orders/" + id);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move to confirmed"))
                .click();

        Locator alert = page.locator("#order-alert");
        assertThat(alert).containsText("Someone else changed this order first");
        assertThat(alert).containsText("paymentStatus: unpaid → partially paid");
        assertThat(page.locator("#order-payment-status")).hasText("partially paid");
        assertThat(page.locator("#order-status")).hasText("pending");
        assertThat(admin().get("/api/orders/" + id).json().get("status").asString())
                .isEqualTo("pending");

        alert.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move to confirmed anyway"))
                .click();

        assertThat(page.locator("#order-status")).hasText("confirmed");
        assertThat(alert).isHidden();
        assertThat(admin().get("/api/orders/" + id).json().get("status").asString())
                .isEqualTo("confirmed");
    }

    @Test
    void aMoveTheServerRefusesIsExplainedAndChangesNothing() {
        String sku = fixtures.madeToOrder(80);
        JsonNode order = fixtures.move(fixtures.place(body(fixtures.customer(), line(sku, 1))), OrderStatus.CONFIRMED);
        String id = order.get("id").asString();
        assertThat(order.get("status").asString()).isEqualTo("in_production");
        Page page = open(admin(), "/admin/orders/" + id);
        waitUntilLive(page);
        assertThat(page.locator("[data-transitions] button"))
                .hasText(new String[] {"Move to ready", "Move to cancelled"});

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move to ready"))
                .click();

        assertThat(page.locator("#order-alert")).containsText("Production is still open for this order");
        assertThat(page.locator("#order-status")).hasText("in production");
        assertThat(admin().get("/api/orders/" + id).json().get("status").asString())
                .isEqualTo("in_production");
    }

    @Test
    void placesAnOrderForAnInStockItemFromTheNewOrderPage() {
        String name = unique("Buyer");
        String customerId = admin().post("/api/customers", Map.of("name", name)).id();
        String sku = fixtures.stocked(19.99);
        Page page = open(admin(), "/admin/orders/new");
        waitUntilLive(page);

        pickCustomer(page, name);
        // by keyboard: type, arrow down to the first match, Enter
        Locator itemSearch = page.getByLabel("Add an item (SKU or name)");
        itemSearch.fill(sku);
        assertThat(page.locator("#item-results button").first()).containsText(sku);
        itemSearch.press("ArrowDown");
        assertThat(page.locator("#item-results button").first()).isFocused();
        page.keyboard().press("Enter");
        Locator lineRow = page.locator("#lines tr[data-sku='" + sku + "']");
        assertThat(lineRow.locator(".available")).hasText("1000 available");
        assertThat(itemSearch).isFocused();
        page.getByLabel("Quantity of " + sku).fill("3");
        assertThat(page.locator("#subtotal")).hasText("€59.97");
        screenshots(page, "orders-new");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order"))
                .click();

        assertThat(page).hasURL(Pattern.compile("/admin/orders/[0-9a-f-]{36}$"));
        String orderId = page.url().substring(page.url().lastIndexOf('/') + 1);
        JsonNode placed = admin().get("/api/orders/" + orderId).json();
        assertThat(placed.get("customerId").asString()).isEqualTo(customerId);
        assertThat(placed.get("status").asString()).isEqualTo("pending");
        assertThat(placed.get("items").get(0).get("sku").asString()).isEqualTo(sku);
        assertThat(placed.get("items").get(0).get("quantity").asInt()).isEqualTo(3);
        assertThat(page.locator("h1")).containsText(placed.get("number").asString());
    }

    @Test
    void anOrderBeyondStockShowsTheShortageNextToItsLineAndAvailabilityStaysLive() {
        String name = unique("Buyer");
        admin().post("/api/customers", Map.of("name", name));
        String sku = fixtures.stockItem(10);
        String location = admin().post(
                        "/api/locations",
                        Map.of("code", unique("L").toUpperCase().replace("-", "_"), "name", "Three units"))
                .id();
        adjust(sku, location, 3);
        Page page = open(admin(), "/admin/orders/new");
        waitUntilLive(page);
        pickCustomer(page, name);
        addItem(page, sku);
        Locator lineRow = page.locator("#lines tr[data-sku='" + sku + "']");
        assertThat(lineRow.locator(".available")).hasText("3 available");

        adjust(sku, location, 1);
        assertThat(lineRow.locator(".available"))
                .hasText("4 available", new LocatorAssertions.HasTextOptions().setTimeout(1000));

        page.getByLabel("Quantity of " + sku).fill("6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order"))
                .click();

        assertThat(lineRow.locator(".line-error")).hasText("Not enough stock: 6 requested, only 4 available.");
        assertThat(page.getByLabel("Quantity of " + sku)).hasAttribute("aria-invalid", "true");
        assertThat(page).hasURL(url(port, "/admin/orders/new"));

        // A draft holds nothing, so the short order can wait as one.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as draft"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/admin/orders/[0-9a-f-]{36}$"));
        assertThat(page.locator("#order-status")).hasText("draft");
        String orderId = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(admin().get("/api/orders/" + orderId).json().get("status").asString())
                .isEqualTo("draft");
    }

    @Test
    void recordingAPaymentUpdatesThePaymentStatus() {
        UUID customer = fixtures.customer();
        String sku = fixtures.stocked(50);
        JsonNode order = fixtures.place(body(customer, line(sku, 2)));
        String id = order.get("id").asString();
        Page page = open(admin(), "/admin/orders/" + id);
        waitUntilLive(page);
        assertThat(page.locator("#order-payment-status")).hasText("unpaid");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record payment"))
                .click();
        assertThat(page.getByLabel("Amount")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#payment-form .field-error")).isVisible();

        page.getByLabel("Amount").fill("30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record payment"))
                .click();
        assertThat(page.locator("#order-payment-status")).hasText("partially paid");
        assertThat(page.locator("#payments tr")).hasCount(1);

        page.getByLabel("Amount").fill("500");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record payment"))
                .click();
        assertThat(page.locator("#payment-form .form-error")).containsText("would be too much");

        page.getByLabel("Amount").fill("70");
        page.getByLabel("Reference").fill("REF-70");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record payment"))
                .click();

        assertThat(page.locator("#order-payment-status")).hasText("paid");
        assertThat(page.locator("#order-status")).hasText("confirmed");
        assertThat(page.locator("#history")).containsText("paymentStatus");
        JsonNode read = admin().get("/api/orders/" + id).json();
        assertThat(read.get("paymentStatus").asString()).isEqualTo("paid");
        assertThat(read.get("paidAmount").decimalValue()).isEqualByComparingTo("100");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record shipment"))
                .click();
        assertThat(page.getByLabel("Carrier")).hasAttribute("aria-invalid", "true");
        page.getByLabel("Carrier").fill("UPS");
        page.getByLabel("Tracking number").fill("1Z999");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record shipment"))
                .click();
        assertThat(page.locator("#order-status")).hasText("shipped");
        assertThat(page.locator("#shipments")).containsText("1Z999");
        assertThat(page.locator("#shipment-form")).isHidden();
        screenshots(page, "orders-detail");
        assertThat(admin().get("/api/orders/" + id).json().get("status").asString())
                .isEqualTo("shipped");
    }

    @Test
    void anOrderChangedElsewhereUpdatesInPlaceOnItsPage() {
        JsonNode order = fixtures.orderIn(OrderStatus.CONFIRMED);
        String id = order.get("id").asString();
        Page page = open(admin(), "/admin/orders/" + id);
        waitUntilLive(page);
        assertThat(page.locator("#order-status")).hasText("confirmed");

        Response shipped = admin().post("/api/orders/" + id + "/shipments", Map.of("carrier", "DHL"));
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(201);

        assertThat(page.locator("#order-status"))
                .hasText("shipped", new LocatorAssertions.HasTextOptions().setTimeout(1000));
        assertThat(page.locator("#shipments")).containsText("DHL");
        assertThat(page.locator("[data-transitions] button"))
                .hasText(new String[] {"Move to delivered", "Move to refunded"});
    }

    @Test
    void aViewerSeesOrdersWithoutAnyControlsToChangeThem() {
        JsonNode order = fixtures.orderIn(OrderStatus.PENDING);
        Page list = openAs(Role.VIEWER, "/admin/orders");
        waitUntilLive(list);
        assertThat(list.locator("[data-rows] tr").first()).isVisible();
        assertThat(list.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New order")))
                .hasCount(0);

        Page detail = openAs(Role.VIEWER, "/admin/orders/" + order.get("id").asString());
        waitUntilLive(detail);
        assertThat(detail.locator("h1")).containsText(order.get("number").asString());
        assertThat(detail.locator("#status-actions")).hasCount(0);
        assertThat(detail.locator("#payment-form")).hasCount(0);
        assertThat(detail.locator("#shipment-form")).hasCount(0);

        detail.navigate(url(port, "/admin/orders/new"));
        assertThat(detail).hasURL(url(port, "/admin/orders"));
    }

    @Test
    void aVendorSeesOnlyItsOwnOrderLinesAndNewOnesLive() {
        UUID vendor = UUID.fromString(
                admin().post("/api/vendors", Map.of("name", unique("Vendor"))).id());
        String ours = fixtures.item("made_to_order", 12, "EUR", "published", vendor);
        String theirs = fixtures.madeToOrder(12);
        UUID customer = fixtures.customer();
        fixtures.place(body(customer, line(ours, 1), line(theirs, 1)));
        Page page = open(as(Role.VENDOR, vendor), "/admin/orders");
        waitUntilLive(page);

        Locator rows = page.locator("#vendor-lines [data-rows] tr");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText(ours);
        assertThat(page.locator("#orders")).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New order")))
                .hasCount(0);

        fixtures.place(body(customer, line(theirs, 2), line(ours, 5)));
        Locator news = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("1 new — show"));
        assertThat(news).isVisible(WITHIN_A_SECOND);
        news.click();
        assertThat(rows).hasCount(2);
        assertThat(rows.first().locator("td").nth(2)).hasText("5");
    }

    private void adjust(String sku, String locationId, int delta) {
        Response adjusted = admin().post(
                        "/api/inventory/adjustments",
                        Map.of("sku", sku, "locationId", locationId, "delta", delta, "reason", "test stock"));
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(201);
    }

    private static void pickCustomer(Page page, String name) {
        page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Customer"))
                .fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name))
                .click();
        assertThat(page.locator("#customer-chosen")).containsText(name);
    }

    private static void addItem(Page page, String sku) {
        page.getByLabel("Add an item (SKU or name)").fill(sku);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^" + sku + " ")))
                .click();
    }
}
