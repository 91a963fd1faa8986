package dev.shopfloor.customers;

import static dev.shopfloor.customers.CustomersIntegrationTests.billing;
import static dev.shopfloor.customers.CustomersIntegrationTests.ids;
import static dev.shopfloor.customers.CustomersIntegrationTests.shipping;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import dev.shopfloor.testing.StatementCounter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerSearchIntegrationTests extends IntegrationTest {

    @Autowired
    StatementCounter statements;

    @Test
    void findsByFreeTextOverNameEmailCompanyAndPhone() {
        String token = unique("zebrafinch").replace("-", "");
        Response byName = create(customer("Ms " + token + " Smith", null, null, null));
        Response byCompany = create(customer("Someone", null, token.toUpperCase() + " GmbH", null));
        Response byEmail = create(customer("Other", "info." + token + "@shop.example", null, null));
        Response byPhone = create(customer("Caller", null, null, "+1 555 " + token.substring(token.length() - 8)));
        create(customer("Unrelated " + unique("x"), null, null, null));

        assertThat(ids(list("q=" + token))).containsExactly(byEmail.id(), byCompany.id(), byName.id());
        assertThat(ids(list("q=" + enc(token.substring(4, 12).toUpperCase()))))
                .containsExactly(byEmail.id(), byCompany.id(), byName.id());
        assertThat(ids(list("q=" + enc(token.substring(token.length() - 8))))).contains(byPhone.id());
        // A close word match finds it despite a typo (one letter dropped).
        assertThat(ids(list("q=" + token.substring(0, 3) + token.substring(4)))).contains(byName.id());
    }

    @Test
    void treatsLikeWildcardsInTheQueryAsPlainCharacters() {
        String tag = unique("wild");
        create(tagged("Plain Name", tag));
        Response percent = create(tagged("100% Cotton", tag));

        assertThat(ids(list("tag=" + tag + "&q=" + enc("%")))).containsExactly(percent.id());
        assertThat(ids(list("tag=" + tag + "&q=" + enc("_")))).isEmpty();
    }

    @Test
    void findsByExactEmailInAnyCase() {
        String email = unique("exact") + "@example.com";
        Response customer = create(customer("Exact", email, null, null));
        create(customer("Near", "x" + email, null, null));

        assertThat(ids(list("email=" + enc(email.toUpperCase())))).containsExactly(customer.id());
    }

    @Test
    void findsByTheCityOfAnyAddress() {
        String city = unique("Springfield");
        Map<String, Object> shipsThere = customer("Homer", null, null, null);
        shipsThere.put("addresses", List.of(shipping(city), billing("Shelbyville")));
        Map<String, Object> billsThere = customer("Marge", null, null, null);
        billsThere.put("addresses", List.of(billing(city.toUpperCase())));
        Response first = create(shipsThere);
        Response second = create(billsThere);

        Response page = list("city=" + enc(city.toLowerCase()));
        assertThat(ids(page)).containsExactly(second.id(), first.id());
        assertThat(page.json().at("/items/1/addresses")).hasSize(2);
    }

    @Test
    void findsByAllGivenTags() {
        String tag = unique("tag");
        Response both = create(tagged("Both", tag, "wholesale"));
        Response one = create(tagged("One", tag));

        assertThat(ids(list("tag=" + tag.toUpperCase()))).containsExactly(one.id(), both.id());
        assertThat(ids(list("tag=" + tag + "&tag=wholesale"))).containsExactly(both.id());
    }

    @Test
    void findsByCreationTimeWindow() throws Exception {
        String tag = unique("window");
        Response before = create(tagged("Before", tag));
        Thread.sleep(20);
        Instant from = Instant.now();
        Thread.sleep(20);
        Response inside = create(tagged("Inside", tag));
        Thread.sleep(20);
        Instant to = Instant.now();
        Thread.sleep(20);
        create(tagged("After", tag));

        assertThat(ids(list("tag=" + tag + "&createdFrom=" + from + "&createdTo=" + to)))
                .containsExactly(inside.id());
        assertThat(ids(list("tag=" + tag + "&createdTo=" + from))).containsExactly(before.id());
        assertThat(list("createdFrom=yesterday").status()).isEqualTo(400);
    }

    @Test
    void pagesThroughAllMatchesWithoutDuplicatesOrGaps() {
        String tag = unique("page");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.addFirst(create(tagged("Paged " + i, tag)).id());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = list("tag=" + tag + "&limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            seen.addAll(ids(page));
            cursor = page.json().get("nextCursor").isNull()
                    ? null
                    : page.json().get("nextCursor").asString();
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void listsAPageWithTheSameNumberOfStatementsWhateverItsSize() {
        String tag = unique("stmts");
        for (int i = 0; i < 6; i++) {
            Map<String, Object> body = tagged("Counted " + i, tag);
            body.put("addresses", List.of(billing("Lyon"), shipping("Lyon")));
            create(body);
        }
        String small = unique("req");
        String large = unique("req");
        assertThat(admin().get("/api/customers?tag=" + tag + "&limit=2", "X-Request-Id", small)
                        .json()
                        .get("items")
                        .size())
                .isEqualTo(2);
        assertThat(admin().get("/api/customers?tag=" + tag + "&limit=6", "X-Request-Id", large)
                        .json()
                        .get("items")
                        .size())
                .isEqualTo(6);

        assertThat(statements.statementsOf(large)).isPositive().isEqualTo(statements.statementsOf(small));
    }

    @Test
    void readsExactlyTheGivenIdsInOneRequestArchivedOnesIncluded() {
        String tag = unique("byid");
        Response first = create(tagged("First", tag));
        Response second = create(tagged("Second", tag));
        Response archived = create(tagged("Archived", tag));
        Map<String, Object> archive = tagged("Archived", tag);
        archive.put("archived", true);
        assertThat(admin().put("/api/customers/" + archived.id(), archive).status())
                .isEqualTo(200);
        create(tagged("Not asked for", tag));
        String unknown = java.util.UUID.randomUUID().toString();

        assertThat(ids(list("ids=" + first.id() + "&ids=" + archived.id() + "&ids=" + unknown)))
                .containsExactly(archived.id(), first.id());
        assertThat(ids(list("ids=" + first.id() + "," + second.id() + "," + archived.id() + "&limit=200")))
                .containsExactly(archived.id(), second.id(), first.id());
        // Combined with the other filters, all must hold; an explicit archive state still applies.
        assertThat(ids(list("ids=" + first.id() + "," + archived.id() + "&archived=false")))
                .containsExactly(first.id());
        assertThat(ids(list("ids=" + first.id() + "," + second.id() + "&q=second")))
                .containsExactly(second.id());
        // The list's role rules hold: a viewer reads them as well (a vendor does not, CustomerRequests...).
        assertThat(ids(as(Role.VIEWER).get("/api/customers?ids=" + first.id() + "," + second.id())))
                .containsExactly(second.id(), first.id());
    }

    @Test
    void refusesMoreThanTwoHundredIdsAndIdsThatAreNotUuids() {
        String two00 = String.join(
                ",",
                java.util.stream.Stream.generate(
                                () -> java.util.UUID.randomUUID().toString())
                        .limit(200)
                        .toList());
        assertThat(list("ids=" + two00).status()).isEqualTo(200);

        Response tooMany = list("ids=" + two00 + "," + java.util.UUID.randomUUID());
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.code()).isEqualTo("too_many_ids");
        assertThat(list("ids=not-an-id").code()).isEqualTo("validation_failed");
    }

    @Test
    void refusesBadListParameters() {
        assertThat(list("limit=0").status()).isEqualTo(400);
        assertThat(list("limit=201").code()).isEqualTo("invalid_limit");
        assertThat(list("limit=many").code()).isEqualTo("validation_failed");
        assertThat(list("cursor=not-ours").code()).isEqualTo("invalid_cursor");
        assertThat(list("q=" + "x".repeat(201)).status()).isEqualTo(400);
    }

    private Response create(Map<String, Object> body) {
        Response created = admin().post("/api/customers", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    private Response list(String query) {
        return admin().get("/api/customers?" + query);
    }

    private static Map<String, Object> customer(String name, String email, String company, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("email", email);
        body.put("company", company);
        body.put("phone", phone);
        return body;
    }

    private static Map<String, Object> tagged(String name, String... tags) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("tags", List.of(tags));
        return body;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
