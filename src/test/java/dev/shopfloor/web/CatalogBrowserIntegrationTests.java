package dev.shopfloor.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.BrowserTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The catalog list and item form in a real browser: live rows, conflicts, SKU hints, field errors, roles. */
class CatalogBrowserIntegrationTests extends BrowserTest {

    private static final LocatorAssertions.HasTextOptions WITHIN_A_SECOND =
            new LocatorAssertions.HasTextOptions().setTimeout(1000);

    @Test
    void aPriceSavedOnTheEditPageAppearsInAnotherBrowsersListWithinASecond() {
        String tag = unique("live").toUpperCase();
        String id = create(item(tag + "-A", 49.90));
        create(itemWithVariants(tag + "-B", 19.50, "S", "M", "L"));
        create(with(item(tag + "-C", 120), "status", "published"));

        Page editor = open(admin(), "/admin/catalog/" + id);
        waitUntilLive(editor);
        assertThat(editor.locator("#item-form")).hasAttribute("data-loaded", "true");

        Page watcher = open(admin(), "/admin/catalog?q=" + tag);
        waitUntilLive(watcher);
        Locator row = rowOf(watcher, tag + "-A");
        assertThat(row.locator("td.price")).hasText("€49.90");

        editor.getByLabel("Price", new Page.GetByLabelOptions().setExact(true)).fill("77.5");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(row.locator("td.price")).hasText("€77.50", WITHIN_A_SECOND);
        assertThat(row).hasClass(Pattern.compile("\\bflash\\b"));
        assertThat(rowsOf(watcher)).hasCount(3);
        assertThat(catalogItem(id).get("price").asDouble()).isEqualTo(77.5);
        screenshots(watcher, "catalog-list");
    }

    @Test
    void aVariantChangedElsewhereRefreshesItsItemsRowAndOnlyMatchingNewItemsWaitBehindAButton() {
        String tag = unique("vari").toUpperCase();
        String id = create(item(tag + "-A", 10));
        Page page = open(admin(), "/admin/catalog?q=" + tag);
        waitUntilLive(page);
        Locator row = rowOf(page, tag + "-A");
        assertThat(row.locator("td").nth(5)).hasText("0");

        create(item(tag + "-NEW", 5));
        create(item(unique("OTHER").toUpperCase(), 5)); // not on this filtered list: not counted
        JsonNode current = catalogItem(id);
        Map<String, Object> body = with(item(tag + "-A", 10), "variants", List.of(variant(tag + "-A-XL", "XL")));
        body.put("version", current.get("version").asInt());
        assertThat(admin().put("/api/catalog/" + id, body).status()).isEqualTo(200);

        assertThat(row.locator("td").nth(5)).hasText("1", WITHIN_A_SECOND);
        assertThat(row).hasClass(Pattern.compile("\\bflash\\b"));
        // events arrive in order: both inserts were seen before the variant change shown above
        Locator news = page.locator("[data-news] button");
        assertThat(news).hasText("1 new — show");
        assertThat(rowsOf(page)).hasCount(1);
        news.click();
        assertThat(rowsOf(page)).hasCount(2);
        assertThat(rowsOf(page).first()).containsText(tag + "-NEW");
    }

    @Test
    void filtersFromTheAddressBarIncludeSubCategoriesAndShowInTheSelects() {
        String tag = unique("cat").toUpperCase();
        String root = admin().post("/api/catalog/categories", Map.of("name", unique("Team")))
                .id();
        String child = admin().post("/api/catalog/categories", Map.of("name", unique("Kits"), "parentId", root))
                .id();
        create(with(item(tag + "-ROOT", 10), "categoryId", root));
        create(with(item(tag + "-CHILD", 10), "categoryId", child));
        create(item(tag + "-NONE", 10));

        Page page = open(admin(), "/admin/catalog?q=" + tag + "&categoryId=" + root);
        waitUntilLive(page);

        assertThat(page.getByLabel("Category")).hasValue(root);
        assertThat(rowsOf(page)).hasCount(2);
        assertThat(rowOf(page, tag + "-CHILD")).isVisible();

        page.getByLabel("Category").selectOption(child);
        assertThat(rowsOf(page)).hasCount(1);
        assertThat(page).hasURL(Pattern.compile("categoryId=" + child));
    }

    @Test
    void aStaleSaveShowsWhatChangedAndReloadsTheirVersion() {
        String sku = unique("conf").toUpperCase();
        String id = create(item(sku, 49.90));
        Page page = openLoaded(admin(), id);

        changePriceThroughTheApi(id, 60.5);
        assertThat(page.locator(".stale-notice")).containsText("Someone else changed this while you were editing");
        page.getByLabel("Price", new Page.GetByLabelOptions().setExact(true)).fill("55.25");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();

        Locator dialog = page.locator("dialog.conflict-dialog");
        assertThat(dialog).isVisible();
        Locator priceRow = dialog.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("price"));
        assertThat(priceRow.locator("td")).hasText(new String[] {"price", "60.5", "55.25"});
        assertThat(dialog.locator("tbody tr")).hasCount(1);
        screenshots(page, "catalog-conflict");

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reload their version"))
                .click();

        assertThat(dialog).isHidden();
        assertThat(page.getByLabel("Price", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("60.5");
        assertThat(catalogItem(id).get("price").asDouble()).isEqualTo(60.5);
    }

    @Test
    void saveMineOverItSavesThePagesValueOnTopOfTheirVersion() {
        String sku = unique("mine").toUpperCase();
        String id = create(item(sku, 49.90));
        Page page = openLoaded(admin(), id);

        int theirs = changePriceThroughTheApi(id, 60.5);
        page.getByLabel("Price", new Page.GetByLabelOptions().setExact(true)).fill("55.25");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        page.locator("dialog.conflict-dialog")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save mine over it"))
                .click();

        assertThat(page.locator("#item-version")).containsText("Version " + (theirs + 1));
        JsonNode saved = catalogItem(id);
        assertThat(saved.get("price").asDouble()).isEqualTo(55.25);
        assertThat(saved.get("version").asInt()).isEqualTo(theirs + 1);
    }

    @Test
    void theSkuHintSaysTakenForAnExistingSkuAndAvailableForAFreshOne() {
        String existing = unique("taken").toUpperCase();
        create(itemWithVariants(existing, 10, "M"));
        Page page = openNew();

        page.getByLabel("SKU", new Page.GetByLabelOptions().setExact(true)).fill(existing.toLowerCase());
        assertThat(page.locator("#sku-check")).hasText("taken");
        page.getByLabel("SKU", new Page.GetByLabelOptions().setExact(true)).fill(unique("FREE"));
        assertThat(page.locator("#sku-check")).hasText("available");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add variant"))
                .click();
        page.getByLabel("Variant 1 SKU").fill(existing + "-M");
        assertThat(page.locator("#variant-0-sku-check")).hasText("taken");
        assertThat(page.locator("#variant-0-sku-check")).hasAttribute("aria-live", "polite");
    }

    @Test
    void anEmptyNameAndABadVariantSkuShowTheApisErrorsUnderTheirFields() {
        Page page = openNew();
        page.getByLabel("SKU", new Page.GetByLabelOptions().setExact(true)).fill(unique("ERR"));
        page.getByLabel("Price", new Page.GetByLabelOptions().setExact(true)).fill("10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add variant"))
                .click();
        page.getByLabel("Variant 1 SKU").fill("-bad sku");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create item"))
                .click();

        assertThat(page.locator("#name")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#name-error")).hasText("must not be blank");
        assertThat(page.locator("#variant-0-sku")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#variant-0-sku-error")).containsText("must be 1-64 letters");
        assertThat(page).hasURL(url(port, "/admin/catalog/new"));
    }

    @Test
    void aNewItemWithVariantsSportsAndSpecsIsCreatedAndOpensForEditing() {
        String sku = unique("NEW").toUpperCase();
        String category = admin().post("/api/catalog/categories", Map.of("name", unique("Shirts")))
                .id();
        String sport = admin().post("/api/catalog/sports", Map.of("name", unique("Rowing")))
                .id();
        String fabric = admin().post("/api/catalog/fabrics", Map.of("name", unique("Merino")))
                .id();
        Page page = openNew();

        page.getByLabel("SKU", new Page.GetByLabelOptions().setExact(true)).fill(sku);
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Rowing shirt");
        page.getByLabel("Price", new Page.GetByLabelOptions().setExact(true)).fill("39.95");
        page.getByLabel("Status").selectOption("published");
        page.getByLabel("Fulfillment").selectOption("made_to_order");
        page.getByLabel("Category").selectOption(category);
        page.getByLabel("Sports").selectOption(sport);
        page.getByLabel("Fabrics").selectOption(fabric);
        page.getByLabel("Specs (JSON object)").fill("{\"fit\": \"slim\"}");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add variant"))
                .click();
        page.getByLabel("Variant 1 SKU").fill(sku + "-S");
        page.getByLabel("Variant 1 Size").fill("S");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add variant"))
                .click();
        page.getByLabel("Variant 2 SKU").fill(sku + "-XX");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add variant"))
                .click();
        page.getByLabel("Variant 3 SKU").fill(sku + "-L");
        page.getByLabel("Variant 3 Size").fill("L");
        page.getByLabel("Variant 3 Price").fill("42");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove variant 2"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create item"))
                .click();

        assertThat(page).hasURL(Pattern.compile("/admin/catalog/[0-9a-f-]{36}$"));
        assertThat(page.locator("#item-form")).hasAttribute("data-loaded", "true");
        assertThat(page.getByLabel("Variant 2 SKU")).hasValue(sku + "-L");
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        JsonNode saved = catalogItem(id);
        assertThat(saved.get("sku").asString()).isEqualTo(sku);
        assertThat(saved.get("status").asString()).isEqualTo("published");
        assertThat(saved.get("fulfillment").asString()).isEqualTo("made_to_order");
        assertThat(saved.get("categoryId").asString()).isEqualTo(category);
        assertThat(saved.get("sportIds").get(0).asString()).isEqualTo(sport);
        assertThat(saved.get("fabricIds").get(0).asString()).isEqualTo(fabric);
        assertThat(saved.get("specs").get("fit").asString()).isEqualTo("slim");
        assertThat(saved.get("variants")).hasSize(2);
        assertThat(saved.get("variants").get(1).get("price").asDouble()).isEqualTo(42);
        screenshots(page, "catalog-edit");
    }

    @Test
    void aViewerSeesNoEditControlsAndCannotOpenTheWritingPages() {
        String sku = unique("view").toUpperCase();
        String id = create(item(sku, 10));
        Api viewer = as(Role.VIEWER);

        Page list = open(viewer, "/admin/catalog?q=" + sku);
        waitUntilLive(list);
        assertThat(rowOf(list, sku)).isVisible();
        assertThat(list.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New item")))
                .hasCount(0);

        Page edit = open(viewer, "/admin/catalog/" + id);
        assertThat(edit.locator("#item-form")).hasAttribute("data-loaded", "true");
        assertThat(edit.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)))
                .isDisabled();
        assertThat(edit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")))
                .hasCount(0);

        Page create = open(viewer, "/admin/catalog/new");
        assertThat(create).hasURL(url(port, "/admin/catalog"));
        Page bulk = open(viewer, "/admin/catalog/import");
        assertThat(bulk).hasURL(url(port, "/admin/catalog"));
    }

    @Test
    void aVendorListsOnlyItsOwnItemsAndEditsThem() {
        String tag = unique("vend").toUpperCase();
        String own = admin().post("/api/vendors", Map.of("name", unique("Own"))).id();
        String other =
                admin().post("/api/vendors", Map.of("name", unique("Other"))).id();
        String ownItem = create(with(item(tag + "-OWN", 10), "vendorId", own));
        create(with(item(tag + "-OTHER", 10), "vendorId", other));
        Api vendor = as(Role.VENDOR, java.util.UUID.fromString(own));

        Page list = open(vendor, "/admin/catalog?q=" + tag);
        waitUntilLive(list);
        assertThat(rowsOf(list)).hasCount(1);
        assertThat(rowOf(list, tag + "-OWN")).isVisible();
        assertThat(list.getByLabel("Vendor")).hasCount(0);

        rowOf(list, tag + "-OWN").getByRole(AriaRole.LINK).click();
        assertThat(list.locator("#item-form")).hasAttribute("data-loaded", "true");
        list.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Vendor's own name");
        list.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(list.locator("#item-title")).hasText(tag + "-OWN · Vendor's own name");
        JsonNode saved = catalogItem(ownItem);
        assertThat(saved.get("name").asString()).isEqualTo("Vendor's own name");
        assertThat(saved.get("vendorId").asString()).isEqualTo(own);
    }

    @Test
    void theListPagesWithNextAndPreviousAndAManagerDeletesAnItem() {
        String tag = unique("page").toUpperCase();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            items.add(item(tag + "-" + i, i));
        }
        assertThat(admin().post("/api/catalog/bulk", items).status()).isEqualTo(200);

        Page page = open(admin(), "/admin/catalog?q=" + tag);
        waitUntilLive(page);
        assertThat(rowsOf(page)).hasCount(25);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                .click();
        assertThat(rowsOf(page)).hasCount(5);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")))
                .isDisabled();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Previous"))
                .click();
        assertThat(rowsOf(page)).hasCount(25);

        rowsOf(page).first().getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#item-form")).hasAttribute("data-loaded", "true");
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        page.onDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete"))
                .click();

        assertThat(page).hasURL(url(port, "/admin/catalog"));
        assertThat(admin().get("/api/catalog/" + id).status()).isEqualTo(404);
    }

    // ---- helpers ----

    private Page openNew() {
        Page page = open(admin(), "/admin/catalog/new");
        assertThat(page.locator("#item-form")).hasAttribute("data-loaded", "true");
        assertThat(page.locator("#live-indicator")).isHidden();
        return page;
    }

    private Page openLoaded(Api api, String id) {
        Page page = open(api, "/admin/catalog/" + id);
        waitUntilLive(page);
        assertThat(page.locator("#item-form")).hasAttribute("data-loaded", "true");
        return page;
    }

    /** Another person's save: the item's price changed through the API; returns the new version. */
    private int changePriceThroughTheApi(String id, double price) {
        JsonNode current = catalogItem(id);
        Map<String, Object> body = Api.JSON.convertValue(current, Map.class);
        body.put("price", price);
        var response = admin().put("/api/catalog/" + id, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("version").asInt();
    }

    private static Locator rowsOf(Page page) {
        return page.locator("#catalog-list tbody tr");
    }

    private static Locator rowOf(Page page, String sku) {
        return rowsOf(page)
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(sku + ":"))));
    }

    private JsonNode catalogItem(String id) {
        return admin().get("/api/catalog/" + id).json();
    }

    private String create(Map<String, Object> body) {
        var response = admin().post("/api/catalog", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }

    static Map<String, Object> item(String sku, double price) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", sku);
        item.put("name", "Jersey " + sku);
        item.put("description", "Breathable training jersey");
        item.put("price", price);
        item.put("currency", "EUR");
        item.put("status", "draft");
        item.put("fulfillment", "stock");
        item.put("specs", Map.of("neck", "crew"));
        item.put("variants", new ArrayList<>());
        return item;
    }

    static Map<String, Object> itemWithVariants(String sku, double price, String... sizes) {
        List<Object> variants = new ArrayList<>();
        for (String size : sizes) {
            variants.add(variant(sku + "-" + size, size));
        }
        return with(item(sku, price), "variants", variants);
    }

    static Map<String, Object> variant(String sku, String size) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("sku", sku);
        v.put("size", size);
        v.put("color", "navy");
        return v;
    }

    static Map<String, Object> with(Map<String, Object> item, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(item);
        copy.put(field, value);
        return copy;
    }
}
