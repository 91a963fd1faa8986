package dev.shopfloor.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import dev.shopfloor.platform.context.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the browser tests: the whole app (as {@link IntegrationTest}) driven by Playwright in Debian's chromium
 * (never a downloaded browser; {@code .ci/run} installs the package). One browser per test class; every
 * {@link #open} gets its own context, i.e. its own cookies, like a second person at another desk.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest extends IntegrationTest {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private @Nullable Playwright playwright;
    private @Nullable Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> scriptErrors = new ArrayList<>();

    @BeforeAll
    void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("browser tests need Debian's chromium at " + CHROMIUM
                    + ": apt-get install chromium (.ci/run does), or set CHROMIUM_PATH");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    /** Every page's scripts ran without an uncaught error (an error that a page shows as a toast counts too). */
    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        List<String> errors = List.copyOf(scriptErrors);
        scriptErrors.clear();
        if (!errors.isEmpty()) {
            throw new AssertionError("script errors on the page: " + errors);
        }
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    /** A page at path of this app, signed in as api's user (its token in the session cookie), at 1440x900. */
    protected Page open(Api api, String path) {
        return open(api, port, path);
    }

    protected Page open(Api api, int serverPort, String path) {
        Page page = signedInBlankPage(api);
        page.navigate(url(serverPort, path));
        return page;
    }

    /** A signed-in page that has not loaded anything yet (to route requests before the first navigation). */
    protected Page signedInBlankPage(Api api) {
        BrowserContext context = browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1440, 900)
                        .setLocale("en-US"));
        contexts.add(context);
        context.setDefaultTimeout(10_000);
        context.onPage(this::watchForScriptErrors);
        context.addCookies(List.of(new Cookie("shopfloor_session", Objects.requireNonNull(api.token()))
                .setDomain("127.0.0.1")
                .setPath("/")
                .setHttpOnly(true)));
        return context.newPage();
    }

    private void watchForScriptErrors(Page page) {
        page.onPageError(error -> scriptErrors.add(page.url() + ": " + error));
    }

    /** A signed-in page for a new user of role. */
    protected Page openAs(Role role, String path) {
        return open(as(role), path);
    }

    /** A page with no session: the sign-in page and what anonymous visitors get. */
    protected Page openAnonymous(String path) {
        BrowserContext context = browser().newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
        contexts.add(context);
        context.setDefaultTimeout(10_000);
        Page page = context.newPage();
        page.navigate(url(port, path));
        return page;
    }

    protected String url(int serverPort, String path) {
        return "http://127.0.0.1:" + serverPort + path;
    }

    /** Waits until the page's live connection is subscribed (the indicator says live). */
    protected static void waitUntilLive(Page page) {
        page.waitForSelector("#live-indicator[data-state=live]");
    }

    /**
     * Full-page screenshots at laptop (1440x900) and phone (390x844) size, kept in target/screenshots as
     * NAME-desktop.png and NAME-phone.png (docs/admin-pages.md shows them).
     */
    protected static void screenshots(Page page, String name) {
        page.setViewportSize(1440, 900);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + "-desktop.png"))
                .setFullPage(true));
        page.setViewportSize(390, 844);
        settleLayout(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + "-phone.png"))
                .setFullPage(true));
        page.setViewportSize(1440, 900);
        settleLayout(page);
    }

    /** Lets resize observers (charts) redraw for a new viewport before a screenshot. */
    private static void settleLayout(Page page) {
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    private Browser browser() {
        if (browser == null) throw new IllegalStateException("browser not launched");
        return browser;
    }
}
