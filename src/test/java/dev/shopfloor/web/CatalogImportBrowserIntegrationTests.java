package dev.shopfloor.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.BrowserTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bulk import page in a real browser: progress over parts, the per-row report, all or nothing. */
class CatalogImportBrowserIntegrationTests extends BrowserTest {

    @Test
    void aCsvWithOneBadRowImportsTheRestAndReportsTheBadRowWithItsError() {
        String tag = unique("csv").toUpperCase();
        String csv = """
                sku,parentSku,name,price,currency,size,specs
                %1$s-1,,Tee one,10,EUR,,"{""fit"":""slim""}"
                %1$s-1-M,%1$s-1,,,,M,
                %1$s-2,,Tee two,-1,EUR,,
                %1$s-3,,"Tee three, long",12.5,EUR,,
                """.formatted(tag);
        Page page = openImport();
        page.getByLabel("File (CSV or JSON)")
                .setInputFiles(new FilePayload("items.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                .click();

        assertThat(page.locator("#import-result")).hasAttribute("data-done", "true");
        assertThat(page.locator("#import-progress")).hasAttribute("max", "4");
        assertThat(page.locator("#import-progress")).hasAttribute("value", "4");
        assertThat(page.locator("#import-status")).hasText("Done: 2 created, 0 updated, 0 unchanged, 1 failed.");
        Locator rows = page.locator("#import-report tbody tr");
        assertThat(rows).hasCount(3);
        assertThat(rows.nth(0).locator("td")).hasText(new String[] {"1", tag + "-1", "created", ""});
        assertThat(rows.nth(1).locator("td"))
                .hasText(new String[] {"3", tag + "-2", "failed", "price: must be greater than or equal to 0"});
        assertThat(rows.nth(2).locator("td")).hasText(new String[] {"4", tag + "-3", "created", ""});
        screenshots(page, "catalog-import");

        assertThat(taken(tag + "-1")).isTrue();
        assertThat(taken(tag + "-1-M")).isTrue();
        assertThat(taken(tag + "-2")).isFalse();
        assertThat(admin().get("/api/catalog?q=" + tag + "-3")
                        .json()
                        .get("items")
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("Tee three, long");
    }

    @Test
    void aLargeJsonImportGoesInPartsAndReportsRowsByTheirPlaceInTheFile() {
        String tag = unique("json").toUpperCase();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("sku", tag + "-" + i);
            item.put("name", "Item " + i);
            item.put("price", i == 231 ? "not a price" : 5 + i);
            item.put("currency", "EUR");
            items.add(item);
        }
        Page page = openImport();
        page.getByLabel("…or paste the rows").fill(Api.JSON.writeValueAsString(items));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                .click();

        assertThat(page.locator("#import-result")).hasAttribute("data-done", "true");
        assertThat(page.locator("#import-progress")).hasAttribute("value", "250");
        assertThat(page.locator("#import-progress")).hasAttribute("max", "250");
        assertThat(page.locator("#import-status")).hasText("Done: 249 created, 0 updated, 0 unchanged, 1 failed.");
        Locator rows = page.locator("#import-report tbody tr");
        assertThat(rows).hasCount(250);
        assertThat(rows.nth(230).locator("td").nth(0)).hasText("231");
        assertThat(rows.nth(230).locator("td").nth(1)).hasText(tag + "-231");
        assertThat(rows.nth(230).locator("td").nth(2)).hasText("failed");
        assertThat(rows.nth(230).locator("td").nth(3)).hasText("price: has the wrong type or format");
        assertThat(taken(tag + "-250")).isTrue();
        assertThat(taken(tag + "-231")).isFalse();
    }

    @Test
    void allOrNothingWithABadRowSavesNothingAndSaysSo() {
        String tag = unique("atom").toUpperCase();
        String csv = "sku,name,price,currency\n%1$s-1,Good,10,EUR\n%1$s-2,,10,EUR\n".formatted(tag);
        Page page = openImport();
        page.getByLabel("…or paste the rows").fill(csv);
        page.getByLabel("All or nothing").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                .click();

        assertThat(page.locator("#import-result")).hasAttribute("data-done", "true");
        assertThat(page.locator("#import-status"))
                .hasText("Nothing was saved (all or nothing): 1 of 2 items have errors.");
        Locator rows = page.locator("#import-report tbody tr");
        assertThat(rows.nth(0).locator("td").nth(2)).hasText("unchanged");
        assertThat(rows.nth(1).locator("td").nth(2)).hasText("failed");
        assertThat(rows.nth(1).locator("td").nth(3)).hasText("name: must not be blank");
        assertThat(taken(tag + "-1")).isFalse();
    }

    private Page openImport() {
        Page page = open(admin(), "/admin/catalog/import");
        assertThat(page.locator("#import-form")).hasAttribute("data-ready", "true");
        return page;
    }

    private boolean taken(String sku) {
        return !admin().get("/api/catalog/check-sku?sku=" + URLEncoder.encode(sku, StandardCharsets.UTF_8))
                .json()
                .get("available")
                .asBoolean();
    }
}
