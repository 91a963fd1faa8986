package dev.shopfloor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.shopfloor.inventory.ReorderFixtures;
import dev.shopfloor.orders.OrderFixtures;
import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.partners.Vendors;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.BrowserTest;
import dev.shopfloor.testing.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Every admin page, checked the same way as ADMIN, VIEWER and (where it may go) VENDOR: no script error and no
 * error toast after loading, every visible control has an accessible name, no sideways scrolling on a phone,
 * exactly one h1, Tab reaches the skip link first and then the navigation, and a VIEWER sees no edit control and
 * no enabled submit button of a form that writes. Each visit lists all it finds, by selector.
 */
class EveryPageBrowserIntegrationTests extends BrowserTest {

    /** Counts error toasts from the first script on, so one that comes and goes before the checks still counts. */
    private static final String WATCH_ERROR_TOASTS = """
            window.__errorToasts = [];
            new MutationObserver((records) => records
                    .flatMap((r) => [...r.addedNodes])
                    .filter((n) => n.nodeType === 1 && n.matches('.toast-error'))
                    .forEach((n) => window.__errorToasts.push(n.textContent)))
                .observe(document, { childList: true, subtree: true });
            // the page's API calls in flight, each until its body has arrived, and since when none has been
            window.__pending = 0;
            window.__quietSince = performance.now();
            const fetchFromTheNetwork = window.fetch;
            window.fetch = function (...args) {
              window.__pending++;
              const done = () => { if (--window.__pending === 0) window.__quietSince = performance.now(); };
              return fetchFromTheNetwork.apply(this, args).then(
                  (response) => response.clone().arrayBuffer().then(() => response, () => response).finally(done),
                  (error) => { done(); throw error; });
            };
            """;

    /** A short CSS path of an element, for the report. */
    private static final String DESCRIBE = """
            const describe = (el) => {
              const parts = [];
              for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
                let part = e.tagName.toLowerCase();
                if (e.id) { parts.unshift(part + '#' + e.id); break; }
                if (e.getAttribute('name')) part += `[name="${e.getAttribute('name')}"]`;
                else if (e.classList.length) part += '.' + [...e.classList].slice(0, 2).join('.');
                parts.unshift(part);
              }
              return parts.join(' > ');
            };
            const visible = (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
            """;

    private static final String UNNAMED_CONTROLS = "() => {" + DESCRIBE + """
              const text = (ids) => ids.split(/\\s+/)
                  .map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
              const name = (el) => {
                if (el.getAttribute('aria-labelledby')) return text(el.getAttribute('aria-labelledby'));
                if (el.getAttribute('aria-label')?.trim()) return el.getAttribute('aria-label').trim();
                const labels = [...(el.labels ?? [])].map((l) => l.textContent.trim()).join(' ').trim();
                if (labels) return labels;
                if (el.tagName === 'BUTTON') return el.textContent.trim();
                if (el.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(el.type)) return el.value.trim();
                return (el.getAttribute('title') ?? '').trim();
              };
              return [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]
                  .filter((el) => !name(el))
                  .map((el) => describe(el) + (visible(el) ? '' : ' (hidden until opened)'));
            }""";

    private static final String WIDER_THAN_SCREEN = "() => {" + DESCRIBE + """
              if (document.documentElement.scrollWidth <= window.innerWidth) return [];
              const wide = [...document.querySelectorAll('body *')]
                  .filter((el) => visible(el) && el.getBoundingClientRect().right > window.innerWidth + 0.5)
                  // only the outermost: its children overflow because it does
                  .filter((el) => !(el.parentElement && el.parentElement.getBoundingClientRect().right
                      > window.innerWidth + 0.5 && el.parentElement !== document.body));
              return ['scrollWidth ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth,
                  ...wide.slice(0, 8).map((el) => describe(el) + ' (right ' + Math.round(el.getBoundingClientRect().right) + ')')];
            }""";

    private static final String VIEWER_CONTROLS = "() => {" + DESCRIBE + """
              const editOnly = [...document.querySelectorAll('.edit-only')].filter(visible)
                  .map((el) => 'edit-only ' + describe(el));
              const writes = (form) => form && !form.matches('.filters, [role=search], .logout');
              const submits = [...document.querySelectorAll('button, input[type=submit]')]
                  .filter((b) => b.type === 'submit' && writes(b.form) && !b.disabled)
                  .map((b) => 'enabled submit ' + describe(b));
              return [...editOnly, ...submits];
            }""";

    /** Focus from the top of the document (as after loading), then Tab: where each press lands. */
    private static final String FOCUS_FROM_THE_TOP = """
            () => {
              document.body.tabIndex = -1;
              document.body.focus();
              document.body.removeAttribute('tabindex');
            }""";

    private static final String FOCUSED = """
            () => {
              const el = document.activeElement;
              if (!el || el === document.body) return 'body';
              if (el.matches('.skip-link')) return 'skip-link';
              if (el.closest('nav.sidenav')) return 'nav';
              if (el.closest('header.topbar')) return 'header';
              return 'other:' + el.tagName.toLowerCase() + (el.id ? '#' + el.id : '');
            }""";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Vendors vendors;

    private final Map<String, String> paths = new LinkedHashMap<>();
    private final Map<Role, Api> users = new LinkedHashMap<>();

    /** One of everything a page shows, made once: the vendor's item, its stock, an order, a task, a PO. */
    @BeforeAll
    void data() {
        var reorder = new ReorderFixtures(jdbc, admin(), vendors);
        var orders = new OrderFixtures(admin());
        UUID vendor = reorder.vendor();
        UUID location = reorder.location();
        String sku = reorder.item(vendor);
        reorder.level(sku, location, 2, 5, 10);
        reorder.take(reorder.levelOf(sku, location), 1);
        String itemId =
                admin().get("/api/catalog?q=" + sku).json().at("/items/0/id").asString();
        JsonNode order = orders.orderIn(OrderStatus.PENDING);
        JsonNode task = new ManufacturingBrowserFixtures(admin()).task(3, null);
        Response po = admin().post(
                        "/api/inventory/purchase-orders",
                        Map.of("locationId", location, "lines", List.of(Map.of("sku", sku, "quantity", 6))));
        assertThat(po.status()).as(po.toString()).isEqualTo(201);

        paths.put("dashboard", "/admin");
        paths.put("customers", "/admin/customers");
        paths.put("customers-new", "/admin/customers/new");
        paths.put(
                "customers-detail",
                "/admin/customers/" + order.get("customerId").asString());
        paths.put("catalog", "/admin/catalog");
        paths.put("catalog-new", "/admin/catalog/new");
        paths.put("catalog-edit", "/admin/catalog/" + itemId);
        paths.put("catalog-import", "/admin/catalog/import");
        paths.put("orders", "/admin/orders");
        paths.put("orders-new", "/admin/orders/new");
        paths.put("orders-detail", "/admin/orders/" + order.get("id").asString());
        paths.put("manufacturing", "/admin/manufacturing");
        paths.put(
                "manufacturing-task",
                "/admin/manufacturing/tasks/" + task.get("id").asString());
        paths.put("manufacturing-metrics", "/admin/manufacturing/metrics");
        paths.put("inventory", "/admin/inventory?locationId=" + location);
        paths.put("inventory-movements", "/admin/inventory/movements?locationId=" + location);
        paths.put("inventory-alerts", "/admin/inventory/alerts");
        paths.put("inventory-purchase-orders", "/admin/inventory/purchase-orders?locationId=" + location);
        paths.put("inventory-purchase-order", "/admin/inventory/purchase-orders/" + po.id());

        users.put(Role.ADMIN, admin());
        users.put(Role.VIEWER, as(Role.VIEWER));
        users.put(Role.VENDOR, as(Role.VENDOR, vendor));
    }

    /** The pages a VIEWER gets (the writing-only ones send it back to a list, so they are left out). */
    private static final List<String> VIEWER_PAGES = List.of(
            "dashboard",
            "customers",
            "customers-new",
            "customers-detail",
            "catalog",
            "catalog-edit",
            "orders",
            "orders-detail",
            "manufacturing",
            "manufacturing-task",
            "manufacturing-metrics",
            "inventory",
            "inventory-movements",
            "inventory-alerts",
            "inventory-purchase-orders",
            "inventory-purchase-order");

    private static final List<String> VENDOR_PAGES = List.of(
            "catalog",
            "catalog-new",
            "catalog-edit",
            "catalog-import",
            "orders",
            "inventory",
            "inventory-movements",
            "inventory-alerts");

    static Stream<Visit> visits() {
        List<Visit> visits = new ArrayList<>();
        for (String page : List.of(
                "dashboard",
                "customers",
                "customers-new",
                "customers-detail",
                "catalog",
                "catalog-new",
                "catalog-edit",
                "catalog-import",
                "orders",
                "orders-new",
                "orders-detail",
                "manufacturing",
                "manufacturing-task",
                "manufacturing-metrics",
                "inventory",
                "inventory-movements",
                "inventory-alerts",
                "inventory-purchase-orders",
                "inventory-purchase-order")) {
            visits.add(new Visit(Role.ADMIN, page));
        }
        VIEWER_PAGES.forEach(page -> visits.add(new Visit(Role.VIEWER, page)));
        VENDOR_PAGES.forEach(page -> visits.add(new Visit(Role.VENDOR, page)));
        return visits.stream();
    }

    record Visit(Role role, String page) {
        @Override
        public String toString() {
            return page + " as " + role;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("visits")
    void passesTheCommonChecks(Visit visit) {
        String path = paths.get(visit.page());
        Page page = signedInBlankPage(users.get(visit.role()));
        page.addInitScript(WATCH_ERROR_TOASTS);
        page.navigate(url(port, path));
        assertThat(page.url()).as("stays on the page").endsWith(path);
        waitUntilLoaded(page);

        assertThat(problems(page, visit.role())).as(visit + " (" + path + ")").isEmpty();
    }

    /** The checks are able to fail: each finds what was planted for it on a good page. */
    @org.junit.jupiter.api.Test
    void theChecksFindWhatIsWrong() {
        Page page = signedInBlankPage(users.get(Role.VIEWER));
        page.addInitScript(WATCH_ERROR_TOASTS);
        page.navigate(url(port, paths.get("customers")));
        waitUntilLoaded(page);
        page.evaluate("""
                () => {
                  const main = document.getElementById('main');
                  main.insertAdjacentHTML('beforeend', `
                    <input id="planted-input">
                    <button class="planted-icon"><span aria-hidden="true"></span></button>
                    <h1>Second heading</h1>
                    <div style="width: 600px">wide</div>
                    <button class="edit-only planted-edit" style="display: inline !important">Delete</button>
                    <form id="planted-form"><label for="x">X</label><input id="x"><button>Save</button></form>`);
                  document.querySelector('.sidenav').before(Object.assign(document.createElement('a'),
                      { href: '#', textContent: 'Stray link', id: 'planted-link' }));
                  const toast = document.createElement('div');
                  toast.className = 'toast toast-error';
                  toast.textContent = 'Planted failure';
                  document.getElementById('toasts').append(toast);
                }""");

        assertThat(problems(page, Role.VIEWER))
                .anySatisfy(p -> assertThat(p).isEqualTo("error toast: Planted failure"))
                .anySatisfy(p -> assertThat(p).isEqualTo("no accessible name: input#planted-input"))
                .anySatisfy(p -> assertThat(p).endsWith("button.planted-icon"))
                .anySatisfy(p -> assertThat(p).isEqualTo("2 h1 elements"))
                .anySatisfy(p -> assertThat(p).startsWith("Tab reaches other:a#planted-link"))
                .anySatisfy(p -> assertThat(p).endsWith("button.edit-only.planted-edit"))
                .anySatisfy(p -> assertThat(p).isEqualTo("viewer sees enabled submit form#planted-form > button"))
                .anySatisfy(p -> assertThat(p).startsWith("phone: scrollWidth"));
    }

    /** Scripts have loaded the page's data: the network is quiet and a page that went live is live. */
    private static void waitUntilLoaded(Page page) {
        if (!page.locator("#live-indicator").isHidden()) { // module scripts ran before load: it shows when live starts
            waitUntilLive(page);
        }
        // like networkidle, with a shorter quiet time: no API call for 150 ms (renders follow within a task or two)
        page.waitForFunction("() => window.__pending === 0 && performance.now() - window.__quietSince > 150");
    }

    private static List<String> problems(Page page, Role role) {
        List<String> problems = new ArrayList<>();
        ((List<?>) page.evaluate("() => window.__errorToasts")).forEach(text -> problems.add("error toast: " + text));
        ((List<?>) page.evaluate(UNNAMED_CONTROLS)).forEach(el -> problems.add("no accessible name: " + el));
        int headings = ((Number) page.evaluate("() => document.querySelectorAll('h1').length")).intValue();
        if (headings != 1) {
            problems.add(headings + " h1 elements");
        }
        problems.addAll(tabOrder(page));
        if (role == Role.VIEWER) {
            ((List<?>) page.evaluate(VIEWER_CONTROLS)).forEach(el -> problems.add("viewer sees " + el));
        }
        page.setViewportSize(390, 844);
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        ((List<?>) page.evaluate(WIDER_THAN_SCREEN)).forEach(el -> problems.add("phone: " + el));
        return problems;
    }

    /** The first Tab lands on the skip link; the next ones stay in the top bar until they reach the navigation. */
    private static List<String> tabOrder(Page page) {
        page.evaluate(FOCUS_FROM_THE_TOP);
        List<String> stops = new ArrayList<>();
        for (int press = 0; press < 6; press++) {
            page.keyboard().press("Tab");
            String stop = (String) page.evaluate(FOCUSED);
            stops.add(stop);
            if (press == 0 && !stop.equals("skip-link")) {
                return List.of("first Tab lands on " + stop + ", not the skip link");
            }
            if (stop.equals("nav")) {
                return List.of();
            }
            if (press > 0 && !stop.equals("header")) {
                return List.of("Tab reaches " + stop + " before the navigation: " + stops);
            }
        }
        return List.of("Tab does not reach the navigation: " + stops);
    }
}
