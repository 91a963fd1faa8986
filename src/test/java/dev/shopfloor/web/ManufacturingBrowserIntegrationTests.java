package dev.shopfloor.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.BrowserTest;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The production board: columns per stage, moves by keyboard, live moves, refusals, read-only viewers. */
class ManufacturingBrowserIntegrationTests extends BrowserTest {

    private ManufacturingBrowserFixtures fixtures;

    @BeforeAll
    void fixtures() {
        fixtures = new ManufacturingBrowserFixtures(admin());
    }

    @Test
    void movingACardWithTheKeyboardControlMovesTheTaskToThatStage() {
        String maker = fixtures.manufacturer(100);
        JsonNode task = fixtures.assignedTask(4, maker);
        JsonNode other = fixtures.assignedTask(6, maker);
        fixtures.move(other.get("id").asString(), "printing");
        String atQc = fixtures.assignedTask(8, maker).get("id").asString();
        fixtures.move(atQc, "qc");
        String reworked = fixtures.assignedTask(5, maker).get("id").asString();
        fixtures.move(reworked, "qc");
        fixtures.qc(reworked, false, "sewing");
        fixtures.finish(fixtures.assignedTask(3, maker).get("id").asString());
        fixtures.assign(fixtures.task(2, fixtures.draftDesign()).get("id").asString(), maker, null, null);
        String id = task.get("id").asString();
        Page page = openBoard(maker);
        Locator card = card(page, "queued", id);
        assertThat(card).isVisible();
        assertThat(card(page, "printing", other.get("id").asString())).isVisible();
        assertThat(card(page, "qc", atQc).locator(".marks")).containsText("QC check due");
        assertThat(card(page, "qc", atQc).locator("select")).hasCount(0);
        assertThat(card(page, "sewing", reworked).locator(".marks")).containsText("rework ×1");
        assertThat(page.locator(".column[data-stage=done] .task-card")).hasCount(1);
        screenshots(page, "manufacturing-board");
        page.setViewportSize(390, 844);
        assertThat((Boolean)
                        page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("the phone layout scrolls the board, not the page")
                .isTrue();
        page.setViewportSize(1440, 900);

        page.getByLabel("Move " + task.get("number").asString() + " to").selectOption("cutting");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move"))
                .press("Enter");

        assertThat(card(page, "cutting", id)).isVisible();
        assertThat(card(page, "queued", id)).hasCount(0);
        assertThat(fixtures.task(id).get("stage").asString()).isEqualTo("cutting");
    }

    @Test
    void draggingACardOntoALaterColumnMovesTheTask() {
        String maker = fixtures.manufacturer(100);
        JsonNode task = fixtures.assignedTask(2, maker);
        String id = task.get("id").asString();
        Page page = openBoard(maker);
        assertThat(card(page, "queued", id)).isVisible();

        card(page, "queued", id).dragTo(page.locator(".column[data-stage=printing]"));

        assertThat(card(page, "printing", id)).isVisible();
        assertThat(fixtures.task(id).get("stage").asString()).isEqualTo("printing");
    }

    @Test
    void aDesignChangedElsewhereUpdatesItsCard() {
        String maker = fixtures.manufacturer(100);
        String design = fixtures.draftDesign();
        JsonNode task = fixtures.task(2, design);
        String id = task.get("id").asString();
        fixtures.assign(id, maker, null, null);
        Page page = openBoard(maker);
        assertThat(card(page, "queued", id).locator(".marks")).containsText("design draft");

        admin().put("/api/design/tasks/" + design + "/status", Map.of("status", "in_progress"));

        assertThat(card(page, "queued", id).locator(".marks"))
                .containsText("design in progress", new LocatorAssertions.ContainsTextOptions().setTimeout(1000));
    }

    @Test
    void aTaskMovedThroughTheApiMovesOnAnOpenBoardWithinASecondWithAFlash() {
        String maker = fixtures.manufacturer(100);
        JsonNode task = fixtures.assignedTask(3, maker);
        String id = task.get("id").asString();
        Page page = openBoard(maker);
        assertThat(card(page, "queued", id)).isVisible();

        fixtures.move(id, "sewing");

        Locator moved = card(page, "sewing", id);
        assertThat(moved).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(1000));
        assertThat(moved)
                .hasClass(Pattern.compile("\\bflash\\b"), new LocatorAssertions.HasClassOptions().setTimeout(1000));
        assertThat(card(page, "queued", id)).hasCount(0);
    }

    @Test
    void aNewTaskAppearsInItsColumnWithoutReload() {
        String maker = fixtures.manufacturer(100);
        fixtures.assignedTask(2, maker);
        Page page = openBoard(maker);
        assertThat(page.locator(".column[data-stage=queued] .task-card")).hasCount(1);

        JsonNode added = fixtures.assignedTask(5, maker);

        assertThat(card(page, "queued", added.get("id").asString()))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(1000));
        assertThat(page.locator(".column[data-stage=queued] .column-count")).hasText("2");
    }

    @Test
    void aRefusedMoveShowsWhyAndTheCardStays() {
        String maker = fixtures.manufacturer(100);
        JsonNode task = fixtures.task(2, fixtures.draftDesign());
        String id = task.get("id").asString();
        fixtures.assign(id, maker, null, null);
        Page page = openBoard(maker);
        Locator card = card(page, "queued", id);
        assertThat(card).isVisible();
        assertThat(card.locator(".marks")).containsText("design draft");

        page.getByLabel("Move " + task.get("number").asString() + " to").selectOption("cutting");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move"))
                .press("Enter");

        assertThat(page.locator("#board-message")).containsText("design is not approved");
        assertThat(card(page, "queued", id)).isVisible();
        assertThat(page.locator(".column[data-stage=cutting] .task-card")).hasCount(0);
        assertThat(fixtures.task(id).get("stage").asString()).isEqualTo("queued");
    }

    @Test
    void theSearchBoxNarrowsTheBoardThroughTheApiAndStaysInTheAddress() {
        String maker = fixtures.manufacturer(100);
        JsonNode wanted = fixtures.assignedTask(2, maker);
        JsonNode other = fixtures.assignedTask(3, maker);
        Page page = openBoard(maker);
        assertThat(page.locator(".task-card")).hasCount(2);

        page.getByLabel("Search").fill(wanted.get("sku").asString().toLowerCase());

        assertThat(page.locator(".task-card")).hasCount(1);
        assertThat(card(page, "queued", wanted.get("id").asString())).isVisible();
        assertThat(page)
                .hasURL(Pattern.compile("q=" + wanted.get("sku").asString().toLowerCase()));
        fixtures.move(other.get("id").asString(), "cutting");
        fixtures.move(wanted.get("id").asString(), "cutting");
        assertThat(card(page, "cutting", wanted.get("id").asString())).isVisible();
        assertThat(page.locator(".task-card")).hasCount(1);
    }

    @Test
    void aViewerSeesTheBoardWithoutMoveControls() {
        String maker = fixtures.manufacturer(100);
        JsonNode task = fixtures.assignedTask(2, maker);
        Page page = openAs(Role.VIEWER, "/admin/manufacturing?manufacturerId=" + maker);
        waitUntilLive(page);

        Locator card = card(page, "queued", task.get("id").asString());
        assertThat(card).isVisible();
        assertThat(card.locator("select")).hasCount(0);
        assertThat(card).not().hasAttribute("draggable", "true");
    }

    @Test
    void vendorsGetNoManufacturingPages() {
        String vendor =
                admin().post("/api/vendors", Map.of("name", unique("Vendor"))).id();
        Page page = open(as(Role.VENDOR, UUID.fromString(vendor)), "/login");

        com.microsoft.playwright.Response board = page.navigate(url(port, "/admin/manufacturing"));
        assertThat(board.status()).isEqualTo(403);
        com.microsoft.playwright.Response task =
                page.navigate(url(port, "/admin/manufacturing/tasks/" + UUID.randomUUID()));
        assertThat(task.status()).isEqualTo(403);
    }

    private Page openBoard(String manufacturerId) {
        Page page = open(admin(), "/admin/manufacturing?manufacturerId=" + manufacturerId);
        waitUntilLive(page);
        return page;
    }

    private static Locator card(Page page, String stage, String taskId) {
        return page.locator(".column[data-stage=" + stage + "] .task-card[data-id='" + taskId + "']");
    }
}
