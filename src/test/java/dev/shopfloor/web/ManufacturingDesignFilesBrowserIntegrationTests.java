package dev.shopfloor.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.BrowserTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The design card's files on a production task's page: list, download (bearer token, blob), upload, refusals. */
class ManufacturingDesignFilesBrowserIntegrationTests extends BrowserTest {

    private static final byte[] FIRST = "<svg><!-- crest v1 --></svg>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SECOND = "<svg><!-- crest v2, bigger --></svg>".getBytes(StandardCharsets.UTF_8);

    private ManufacturingBrowserFixtures fixtures;

    @BeforeAll
    void fixtures() {
        fixtures = new ManufacturingBrowserFixtures(admin());
    }

    @Test
    void filesAreUploadedAsNewVersionsDownloadedAndFollowedLive() throws IOException {
        String design = fixtures.draftDesign();
        String id = fixtures.task(4, design).get("id").asString();
        Page page = openTask(as(Role.STAFF), id);
        Locator rows = page.locator("#file-rows tr");
        assertThat(page.locator("#files-empty")).isVisible();

        uploadInPage(page, "crest.svg", FIRST, "first draft");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("crest.svg");
        assertThat(rows.first()).containsText("v1");
        assertThat(rows.first()).containsText(FIRST.length + " B");
        assertThat(rows.first()).containsText("by you");
        assertThat(rows.first()).containsText("first draft");
        uploadInPage(page, "crest.svg", SECOND, null);
        assertThat(rows).hasCount(2);
        assertThat(rows.first()).containsText("v2");
        JsonNode stored = fixtures.files(design);
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).get("fileVersion").asInt()).isEqualTo(2);
        assertThat(stored.get(0).get("sizeBytes").asInt()).isEqualTo(SECOND.length);

        // the API wants the bearer token: the link downloads through fetch and a blob
        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download crest.svg version 1"))
                        .click());
        assertThat(download.suggestedFilename()).isEqualTo("crest.svg");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(FIRST);

        fixtures.upload(design, "brief.pdf", "%PDF-1.4 brief".getBytes(StandardCharsets.UTF_8));
        assertThat(rows.first())
                .containsText("brief.pdf", new LocatorAssertions.ContainsTextOptions().setTimeout(1000));
        assertThat(rows).hasCount(3);
        // accounts are ADMIN-only in the API: a STAFF user sees another uploader as a short account id
        assertThat(rows.first()).containsText("by account …");
        screenshots(page, "manufacturing-task-files");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheReason() {
        String design = fixtures.draftDesign();
        String id = fixtures.task(2, design).get("id").asString();
        Page page = openTask(admin(), id);

        uploadInPage(page, "huge.tif", new byte[10 * 1024 * 1024 + 1024], null);

        Locator error = page.locator("#file-form .form-error");
        assertThat(error).containsText("Too large: huge.tif is 10.0 MB; a design file may be at most 10 MB");
        assertThat(page.locator("#file-rows tr")).hasCount(0);
        assertThat(fixtures.files(design)).isEmpty();
    }

    @Test
    void anApprovedDesignTakesNoMoreFilesAndViewersOnlyDownload() {
        String design = fixtures.draftDesign();
        fixtures.upload(design, "crest.svg", FIRST);
        String id = fixtures.task(2, design).get("id").asString();
        Page page = openTask(as(Role.STAFF), id);
        assertThat(page.locator("#file-form")).isVisible();

        fixtures.approveDesign(design);

        assertThat(page.locator("#file-form")).isHidden();
        assertThat(page.locator("#files-final")).isVisible();
        assertThat(page.locator("#files-final")).containsText("approved");

        Page viewer = openTask(as(Role.VIEWER), id);
        assertThat(viewer.locator("#file-rows tr")).hasCount(1);
        assertThat(viewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download crest.svg version 1")))
                .isVisible();
        assertThat(viewer.locator("#file-form")).hasCount(0);
    }

    @Test
    void anUploadRacingTheApprovalIsRefusedWithTheReason() {
        String design = fixtures.draftDesign();
        String id = fixtures.task(2, design).get("id").asString();
        fixtures.approveDesign(design);
        Page page = openTask(as(Role.STAFF), id);
        assertThat(page.locator("#files-final")).isVisible();
        // as if the page had not seen the approval yet (it raced the upload): the form is still offered
        page.evaluate("document.getElementById('file-form').hidden = false");

        uploadInPage(page, "late.svg", FIRST, null);

        assertThat(page.locator("#files-message"))
                .containsText("Not uploaded: the design is approved, so its files are final");
        assertThat(page.locator("#file-form")).isHidden();
        assertThat(page.locator("#files-final")).isVisible();
        assertThat(fixtures.files(design)).isEmpty();
    }

    private static void uploadInPage(Page page, String name, byte[] content, String note) {
        page.getByLabel("File", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload(name, "application/octet-stream", content));
        if (note != null) {
            page.getByLabel("What changed (optional)").fill(note);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload"))
                .click();
    }

    private Page openTask(Api api, String taskId) {
        Page page = open(api, "/admin/manufacturing/tasks/" + taskId);
        waitUntilLive(page);
        assertThat(page.locator("#design-body")).isVisible();
        return page;
    }
}
