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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A production task's page (assignment and capacity, QC, costs, design, live updates) and the metrics view. */
class ManufacturingTaskBrowserIntegrationTests extends BrowserTest {

    private ManufacturingBrowserFixtures fixtures;

    @BeforeAll
    void fixtures() {
        fixtures = new ManufacturingBrowserFixtures(admin());
    }

    @Test
    void anOverBookedAssignmentShowsTheDaysAndAManagerCanOverrideIt() {
        String maker = fixtures.manufacturer(10);
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(20);
        LocalDate end = start.plusDays(1);
        JsonNode booked = fixtures.task(16, null);
        fixtures.assign(booked.get("id").asString(), maker, start, end); // 8 of 10 a day
        JsonNode task = fixtures.task(10, null);
        String id = task.get("id").asString();
        Page page = openTask(as(Role.MANAGER), id);

        page.getByLabel("Manufacturer", new Page.GetByLabelOptions().setExact(true))
                .selectOption(maker);
        page.locator("#assign-start").fill(start.toString());
        page.locator("#assign-end").fill(end.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign"))
                .click();

        Locator refused = page.locator(".capacity-exceeded");
        assertThat(refused).containsText("Capacity exceeded on 2 days");
        assertThat(refused.locator("tbody tr")).hasCount(2);
        assertThat(refused.locator("tbody tr").first()).containsText("8.00");
        assertThat(fixtures.task(id).get("manufacturerId").isNull()).isTrue();

        page.getByLabel("Override capacity").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign"))
                .click();

        assertThat(page.locator("#assign-result")).containsText("override recorded");
        assertThat(page.locator("#assign-card .facts")).containsText("Maker-");
        assertThat(page.locator("#assign-capacity")).containsText("over capacity: booked by a manager override");
        assertThat(page.locator("#override-mark")).isVisible();
        assertThat(fixtures.task(id).get("manufacturerId").asString()).isEqualTo(maker);
        assertThat(fixtures.task(id).get("capacityOverridden").asBoolean()).isTrue();

        // a viewer sees the override too; a re-assignment within capacity (elsewhere) clears it live
        Page viewer = openTask(as(Role.VIEWER), id);
        assertThat(viewer.locator("#assign-capacity")).containsText("over capacity");
        fixtures.assign(id, maker, start.plusDays(10), end.plusDays(10));
        assertThat(viewer.locator("#assign-capacity"))
                .hasText("within capacity", new LocatorAssertions.HasTextOptions().setTimeout(1000));
        assertThat(viewer.locator("#override-mark")).isHidden();
    }

    @Test
    void staffCannotOverrideCapacityAndViewersGetNoEditControls() {
        JsonNode task = fixtures.task(3, null);
        String id = task.get("id").asString();

        Page staff = openTask(as(Role.STAFF), id);
        assertThat(staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign")))
                .isVisible();
        assertThat(staff.getByLabel("Override capacity")).hasCount(0);

        Page viewer = openTask(as(Role.VIEWER), id);
        assertThat(viewer.locator("#task-header"))
                .containsText(task.get("number").asString());
        assertThat(viewer.locator("#assign-form")).hasCount(0);
        assertThat(viewer.locator("#cost-form")).hasCount(0);
        assertThat(viewer.getByLabel("Priority")).isDisabled();
    }

    @Test
    void aFailedQcCheckSendsTheTaskBackToTheChosenStage() {
        String maker = fixtures.manufacturer(100);
        JsonNode task = fixtures.assignedTask(5, maker);
        String id = task.get("id").asString();
        fixtures.move(id, "qc");
        Page page = openTask(admin(), id);
        assertThat(page.locator("#task-header")).containsText("Quality control");

        page.getByLabel("Failed: back to rework").check();
        page.getByLabel("Inspected").fill("5");
        page.getByLabel("Failed", new Page.GetByLabelOptions().setExact(true)).fill("2");
        page.getByLabel("Rework stage").selectOption("printing");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record QC check"))
                .click();

        assertThat(page.locator("#task-header")).containsText("Printing");
        assertThat(page.locator("#task-header")).containsText("rework ×1");
        assertThat(page.locator("#timeline")).containsText("Sent back to Printing for rework");
        JsonNode after = fixtures.task(id);
        assertThat(after.get("stage").asString()).isEqualTo("printing");
        assertThat(after.get("reworkCount").asInt()).isEqualTo(1);
    }

    @Test
    void costLinesAddUpPerCurrencyAndArrivingLinesShowLive() {
        String maker = fixtures.manufacturer(100);
        JsonNode task = fixtures.assignedTask(2, maker);
        String id = task.get("id").asString();
        fixtures.move(id, "cutting");
        Page page = openTask(admin(), id);
        assertThat(page.locator("#task-header")).containsText("Cutting");

        addCost(page, "labour", "10.00", "sewing hours");
        assertThat(page.locator("#cost-rows tr")).hasCount(1);
        addCost(page, "material", "5.55", "thread");

        Locator eur = page.locator("#cost-totals tr[data-currency=EUR]");
        assertThat(eur).containsText("€15.55");
        assertThat(eur).containsText("€7.78 per unit");
        assertThat(fixtures.costs(id).get("totals").get(0).get("amount").decimalValue())
                .isEqualByComparingTo("15.55");

        admin().post(
                        "/api/production/tasks/" + id + "/costs",
                        Map.of("kind", "outside", "amount", 4.45, "currency", "EUR"));
        assertThat(eur).containsText("€20.00", new LocatorAssertions.ContainsTextOptions().setTimeout(1000));
        screenshots(page, "manufacturing-task");
    }

    @Test
    void theOpenTaskFollowsChangesMadeElsewhere() {
        String maker = fixtures.manufacturer(100);
        JsonNode task = fixtures.assignedTask(2, maker);
        String id = task.get("id").asString();
        Page page = openTask(admin(), id);
        assertThat(page.locator("#task-header")).containsText("Queued");

        fixtures.move(id, "cutting");
        admin().put("/api/production/tasks/" + id, Map.of("priority", "urgent"));

        assertThat(page.locator("#task-header"))
                .containsText("Cutting", new LocatorAssertions.ContainsTextOptions().setTimeout(1000));
        assertThat(page.locator("#task-header")).hasClass(Pattern.compile("\\bflash\\b"));
        assertThat(page.getByLabel("Priority")).hasValue("urgent");
        assertThat(page.locator("#timeline")).containsText("Moved Queued → Cutting");
        assertThat(page.locator("#assign-capacity")).hasText("within capacity");
        assertThat(page.locator("#override-mark")).isHidden();
    }

    @Test
    void theDesignIsApprovedThroughItsWorkflowButtonsAndThenTheTaskCanStart() {
        String maker = fixtures.manufacturer(100);
        JsonNode task = fixtures.task(2, fixtures.draftDesign());
        String id = task.get("id").asString();
        fixtures.assign(id, maker, null, null);
        Page page = openTask(admin(), id);
        Locator design = page.locator("#design-card");
        assertThat(design).containsText("draft");

        design.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start design work"))
                .click();
        design.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send for review"))
                .click();
        design.getByLabel("Approved by (at the customer)").fill("Coach Rivera");
        design.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record customer approval"))
                .click();

        assertThat(design).containsText("Coach Rivera");
        assertThat(design.locator(".badge")).hasText("approved");
        page.getByLabel("Move to stage").selectOption("cutting");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Move").setExact(true))
                .click();
        assertThat(page.locator("#task-header")).containsText("Cutting");
        assertThat(fixtures.task(id).get("stage").asString()).isEqualTo("cutting");
    }

    @Test
    void aStaleSaveOpensTheConflictDialog() {
        JsonNode task = fixtures.task(2, null);
        String id = task.get("id").asString();
        Page page = openTask(admin(), id);
        assertThat(page.getByLabel("Priority")).hasValue("high");

        page.locator("#task-notes").fill("mine");
        admin().put("/api/production/tasks/" + id, Map.of("notes", "theirs"));
        assertThat(page.locator(".stale-notice")).isVisible();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Save").setExact(true))
                .click();

        Locator dialog = page.locator("dialog.conflict-dialog");
        assertThat(dialog).isVisible();
        assertThat(dialog).containsText("theirs");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reload their version"))
                .click();
        assertThat(page.locator("#task-notes")).hasValue("theirs");
    }

    @Test
    void aReplenishmentRunIsCancelledAfterConfirmationAndTurnsReadOnly() {
        JsonNode task = fixtures.task(3, null);
        String id = task.get("id").asString();
        Page page = openTask(admin(), id);
        page.onDialog(dialog -> dialog.accept());

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel this run"))
                .click();

        assertThat(page.locator("#task-header")).containsText("cancelled");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel this run")))
                .isHidden();
        assertThat(page.getByLabel("Priority")).isDisabled();
        assertThat(fixtures.task(id).get("status").asString()).isEqualTo("cancelled");
    }

    @Test
    void theMetricsViewShowsWorkInProgressAndFollowsMoves() {
        String maker = fixtures.manufacturer(100);
        JsonNode task = fixtures.assignedTask(7, maker);
        fixtures.finish(fixtures.assignedTask(5, maker).get("id").asString());
        String reworked = fixtures.assignedTask(4, maker).get("id").asString();
        fixtures.move(reworked, "qc");
        fixtures.qc(reworked, false, "sewing");
        fixtures.move(fixtures.assignedTask(3, maker).get("id").asString(), "printing");
        Page page = open(admin(), "/admin/manufacturing/metrics?manufacturerId=" + maker);
        waitUntilLive(page);
        Locator queued = page.locator("#wip-rows tr").filter(new Locator.FilterOptions().setHasText("Queued"));
        Locator cutting = page.locator("#wip-rows tr").filter(new Locator.FilterOptions().setHasText("Cutting"));
        assertThat(queued).containsText("7");
        assertThat(page.locator("#queue-rows")).containsText(task.get("number").asString());
        assertThat(page.locator("#stat-throughput")).hasText("5");
        assertThat(page.locator("#stat-ontime")).hasText("100.0 %");
        assertThat(page.locator("#stat-fpy")).hasText("50.0 %");
        assertThat(page.locator("#stat-cost")).hasText("€7.30");
        screenshots(page, "manufacturing-metrics");

        fixtures.move(task.get("id").asString(), "cutting");

        assertThat(cutting.locator("td").nth(1)).hasText("1");
        assertThat(queued.locator("td").nth(1)).hasText("0");
        assertThat(page.locator("#stat-wip")).hasText("3");
    }

    @Test
    void materialsStillToConsumeAreEditedWithFieldErrorsAndFollowChangesLive() {
        JsonNode task = fixtures.task(3, null);
        String id = task.get("id").asString();
        String fabric = fixtures.materialSku();
        String thread = fixtures.materialSku();
        Page page = openTask(admin(), id);
        Locator form = page.locator("#materials-form");
        assertThat(page.locator("#materials-empty")).isVisible();

        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add a material"))
                .click();
        assertThat(page.getByLabel("Material SKU")).isFocused();
        page.getByLabel("Material SKU").fill("NO-SUCH-SKU");
        page.getByLabel("Quantity", new Page.GetByLabelOptions().setExact(true)).fill("0");
        page.getByLabel("Consumed at stage").selectOption("cutting");
        saveMaterials(page);

        // 400 validation_failed: the quantity's own field
        Locator quantityError = page.locator("#material-0-quantity-error");
        assertThat(quantityError).isVisible();
        assertThat(page.getByLabel("Quantity", new Page.GetByLabelOptions().setExact(true)))
                .hasAttribute("aria-invalid", "true");
        page.getByLabel("Quantity", new Page.GetByLabelOptions().setExact(true)).fill("4");
        saveMaterials(page);

        // 422 unknown_sku names the SKU: its field gets the error
        assertThat(page.locator("#material-0-materialSku-error")).hasText("not a catalog SKU");
        assertThat(form.locator(".form-error")).containsText("NO-SUCH-SKU");
        page.getByLabel("Material SKU").fill(fabric);
        saveMaterials(page);

        Locator rows = page.locator("#materials-rows tr");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText(fabric);
        assertThat(rows.first()).containsText("Cutting");
        assertThat(materials(id)).containsExactly(fabric + "@cutting=4");

        // saved elsewhere: the table and the (untouched) form follow at once
        admin().put(
                        "/api/production/tasks/" + id,
                        Map.of(
                                "materials",
                                java.util.List.of(
                                        Map.of("materialSku", fabric, "quantity", 4, "stage", "cutting"),
                                        Map.of("materialSku", thread, "quantity", 2, "stage", "sewing"))));
        assertThat(rows).hasCount(2, new LocatorAssertions.HasCountOptions().setTimeout(1000));
        assertThat(form.locator("fieldset.material-line")).hasCount(2);
        assertThat(page.locator("#material-1-materialSku")).hasValue(thread);
        screenshots(page, "manufacturing-task-materials");

        // removing a line and saving replaces the materials still to consume
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove material 1"))
                .click();
        saveMaterials(page);
        assertThat(rows).hasCount(1);
        assertThat(materials(id)).containsExactly(thread + "@sewing=2");
    }

    @Test
    void materialsChangedElsewhereWhileEditingAreNotOverwrittenSilently() {
        JsonNode task = fixtures.task(2, null);
        String id = task.get("id").asString();
        String fabric = fixtures.materialSku();
        String other = fixtures.materialSku();
        Page page = openTask(admin(), id);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a material"))
                .click();
        page.getByLabel("Material SKU").fill(fabric);
        page.getByLabel("Quantity", new Page.GetByLabelOptions().setExact(true)).fill("5");
        admin().put(
                        "/api/production/tasks/" + id,
                        Map.of(
                                "materials",
                                java.util.List.of(Map.of("materialSku", other, "quantity", 1, "stage", "cutting"))));
        assertThat(page.locator("#materials-form .stale-notice")).isVisible();
        assertThat(page.getByLabel("Material SKU")).hasValue(fabric); // the typing stays
        saveMaterials(page);

        assertThat(page.locator("#materials-form .form-error")).containsText("someone else changed these materials");
        assertThat(page.locator("#materials-form .form-error")).containsText(other);
        assertThat(materials(id)).containsExactly(other + "@cutting=1");
        saveMaterials(page); // knowingly: replaces theirs
        assertThat(page.locator("#materials-rows")).containsText(fabric);
        assertThat(materials(id)).containsExactly(fabric + "@cutting=5");
    }

    private java.util.List<String> materials(String taskId) {
        return fixtures.task(taskId)
                .get("materials")
                .valueStream()
                .map(m -> m.get("materialSku").asString() + "@" + m.get("stage").asString() + "="
                        + m.get("quantity").asInt())
                .toList();
    }

    private static void saveMaterials(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save materials"))
                .click();
    }

    private void addCost(Page page, String kind, String amount, String description) {
        page.getByLabel("Kind").selectOption(kind);
        page.getByLabel("Amount").fill(amount);
        page.getByLabel("Description").fill(description);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add cost"))
                .click();
        assertThat(page.locator("#cost-rows")).containsText(description);
    }

    private Page openTask(Api api, String taskId) {
        Page page = open(api, "/admin/manufacturing/tasks/" + taskId);
        waitUntilLive(page);
        return page;
    }
}
