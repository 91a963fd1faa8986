package dev.shopfloor.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.BrowserTest;
import org.junit.jupiter.api.Test;

class SignInBrowserIntegrationTests extends BrowserTest {

    @Test
    void signsInThroughTheFormAndLandsWhereTheVisitorWasGoing() {
        Page page = openAnonymous("/admin/orders?status=pending");

        assertThat(page).hasURL(url(port, "/login?next=%2Fadmin%2Forders%3Fstatus%3Dpending"));
        page.getByLabel("Email").fill(ADMIN_EMAIL);
        page.getByLabel("Password").fill(ADMIN_PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();

        assertThat(page).hasURL(url(port, "/admin/orders?status=pending"));
    }

    @Test
    void aWrongPasswordStaysOnTheSignInPageWithAnError() {
        Page page = openAnonymous("/login");
        page.getByLabel("Email").fill(ADMIN_EMAIL);
        page.getByLabel("Password").fill("not-the-password");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
                .hasText("Email or password is wrong.");
        assertThat(page).hasURL(url(port, "/login"));
    }

    @Test
    void theIndicatorShowsLiveOnceThePageIsSubscribed() {
        Page page = openAs(Role.VIEWER, "/admin");

        waitUntilLive(page);
        assertThat(page.locator("#live-indicator")).hasText("live");
        assertThat(page.locator("body")).hasClass("read-only");
    }

    @Test
    void signingOutEndsTheSession() {
        Page page = open(admin(), "/admin");
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page).hasURL(url(port, "/login"));

        page.navigate(url(port, "/admin"));
        assertThat(page).hasURL(url(port, "/login?next=%2Fadmin"));
    }
}
