package dev.shopfloor.catalog;

import static dev.shopfloor.catalog.CatalogFixtures.item;
import static dev.shopfloor.catalog.CatalogFixtures.sku;
import static dev.shopfloor.catalog.CatalogFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Vendor row-level security is a policy of the vendor role only (docs/decisions.md D4): other roles' queries
 * carry no policy condition, so the non-leakproof filters (q: ILIKE, sportId: array containment) keep their
 * indexes, while a VENDOR still sees only its own rows through the very same filters.
 */
class CatalogRowSecurityIntegrationTests extends IntegrationTest {

    private static final String Q = "(i.sku || ' ' || i.name || ' ' || coalesce(i.description, '')) ILIKE :q";
    private static final String SPORT = "i.sport_ids @> ARRAY[:sportId::uuid]";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager tx;

    @Value("${shopfloor.database.app-user}")
    String appRole;

    @Value("${shopfloor.database.vendor-role}")
    String vendorRole;

    @Test
    void theAppRoleMaySwitchToTheVendorRoleButDoesNotInheritIt() {
        assertThat(jdbc.sql("SELECT pg_has_role(:app, :vendor, 'MEMBER')")
                        .param("app", appRole)
                        .param("vendor", vendorRole)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("SELECT pg_has_role(:app, :vendor, 'USAGE')")
                        .param("app", appRole)
                        .param("vendor", vendorRole)
                        .query(Boolean.class)
                        .single())
                .as("the vendor role's policies must not apply to the app role")
                .isFalse();
        assertThat(inTransactionAs(vendor(Ids.newId()), () -> currentUser())).isEqualTo(vendorRole);
        assertThat(inTransactionAs(user(Role.STAFF, null), () -> currentUser()))
                .as("SET LOCAL ROLE ends with the transaction")
                .isEqualTo(appRole);
    }

    @Test
    void forEveryOtherRoleTheSearchAndSportFiltersUseTheirIndexes() {
        for (Role role : List.of(Role.ADMIN, Role.MANAGER, Role.STAFF, Role.VIEWER, Role.SYSTEM)) {
            Actor actor = role == Role.SYSTEM ? Actor.system("test") : user(role, null);
            List<String> plans = inTransactionAs(actor, () -> {
                assertThat(currentUser()).isEqualTo(appRole);
                jdbc.sql("SET LOCAL enable_seqscan = off").update();
                return List.of(explain(Q, "q", "%jersey-no-such%"), explain(SPORT, "sportId", Ids.newId()));
            });
            assertThat(plans.get(0)).as(role + " q\n" + plans.get(0)).contains("catalog_items_search");
            assertThat(plans.get(1)).as(role + " sportId\n" + plans.get(1)).contains("catalog_items_sports");
        }
    }

    @Test
    void aVendorsQueriesCarryItsPolicySoTheSameAssertionWouldFailForIt() {
        List<String> plans = inTransactionAs(vendor(Ids.newId()), () -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            return List.of(explain(Q, "q", "%jersey-no-such%"), explain(SPORT, "sportId", Ids.newId()));
        });
        plans.forEach(plan -> assertThat(plan)
                .as(plan)
                .contains("catalog_items_vendor", "app.vendor_id")
                .doesNotContain("catalog_items_search", "catalog_items_sports"));
    }

    @Test
    void aVendorStillSeesOnlyItsOwnRowsThroughTheSearchAndSportFilters() {
        UUID mine = CatalogFixtures.vendor(jdbc, tx);
        UUID theirs = CatalogFixtures.vendor(jdbc, tx);
        String sport = admin().post("/api/catalog/sports", Map.of("name", unique("Rowing")))
                .id();
        String tag = unique("rlsq");
        String own = create(mine, tag, sport);
        String others = create(theirs, tag, sport);

        assertThat(ids(admin().get("/api/catalog?q=" + tag))).containsExactlyInAnyOrder(own, others);
        assertThat(ids(admin().get("/api/catalog?sportId=" + sport))).containsExactlyInAnyOrder(own, others);
        var vendor = as(Role.VENDOR, mine);
        assertThat(ids(vendor.get("/api/catalog?q=" + tag))).containsExactly(own);
        assertThat(ids(vendor.get("/api/catalog?sportId=" + sport))).containsExactly(own);
        assertThat(ids(vendor.get("/api/catalog?q=" + tag + "&sportId=" + sport + "&vendorId=" + theirs)))
                .isEmpty();

        List<UUID> seen = inTransactionAs(
                vendor(mine),
                () -> jdbc.sql("SELECT i.vendor_id FROM catalog_items i WHERE " + Q + " OR " + SPORT)
                        .param("q", "%" + tag + "%")
                        .param("sportId", UUID.fromString(sport))
                        .query(UUID.class)
                        .list());
        assertThat(seen).containsExactly(mine);
    }

    @Test
    void aVendorCannotHandAnItemToAnotherVendor() {
        UUID mine = CatalogFixtures.vendor(jdbc, tx);
        UUID theirs = CatalogFixtures.vendor(jdbc, tx);
        String own = create(mine, unique("rlsw"), null);

        assertThatThrownBy(() -> inTransactionAs(
                        vendor(mine),
                        () -> jdbc.sql("UPDATE catalog_items SET vendor_id = :theirs WHERE id = :id")
                                .param("theirs", theirs)
                                .param("id", UUID.fromString(own))
                                .update()))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("violates row-level security policy for table \"catalog_items\"");
        assertThat(admin().get("/api/catalog/" + own).json().get("vendorId").asString())
                .isEqualTo(mine.toString());
    }

    private String create(UUID vendorId, String tag, String sportId) {
        var body = with(with(item(sku()), "vendorId", vendorId.toString()), "name", "Item " + tag);
        if (sportId != null) {
            body = with(body, "sportIds", List.of(sportId));
        }
        Response created = admin().post("/api/catalog", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private static List<String> ids(Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.json().get("items").forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    private String explain(String condition, String param, Object value) {
        return String.join(
                "\n",
                jdbc.sql("EXPLAIN SELECT i.id FROM catalog_items i WHERE " + condition)
                        .param(param, value)
                        .query(String.class)
                        .list());
    }

    private String currentUser() {
        return jdbc.sql("SELECT current_user").query(String.class).single();
    }

    /** Through the application's transaction manager, so the request context (and role) is set as in a request. */
    private <T> T inTransactionAs(Actor actor, Supplier<T> work) {
        return CurrentActor.runAs(actor, () -> new TransactionTemplate(tx).execute(status -> work.get()));
    }

    private static Actor vendor(UUID vendorId) {
        return user(Role.VENDOR, vendorId);
    }

    private static Actor user(Role role, UUID vendorId) {
        return Actor.user(Ids.newId(), role, vendorId, List.of());
    }
}
