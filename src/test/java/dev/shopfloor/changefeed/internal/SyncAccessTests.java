package dev.shopfloor.changefeed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.changefeed.ChangeEvent;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SyncAccessTests {

    private static final Set<String> KNOWN = Set.of("vendors", "users", "customers", "catalog_items", "stores");
    private static final UUID VENDOR = UUID.randomUUID();

    @Test
    void staffRolesSeeEverythingButUsers() {
        for (Role role : List.of(Role.MANAGER, Role.STAFF, Role.VIEWER)) {
            Visibility visibility = SyncAccess.visibility(actor(role, null), List.of(), KNOWN);
            assertThat(visibility.topics())
                    .containsExactlyInAnyOrder("vendors", "customers", "catalog_items", "stores");
            assertThat(visibility.vendorId()).isNull();
            assertThat(SyncAccess.forbidden(actor(role, null), List.of("users", "vendors")))
                    .containsExactly("users");
        }
        assertThat(SyncAccess.visibility(actor(Role.ADMIN, null), List.of(), KNOWN)
                        .topics())
                .isEqualTo(KNOWN);
    }

    @Test
    void aVendorSeesOnlyItsOwnRowsOfVendorTopics() {
        Actor vendor = actor(Role.VENDOR, VENDOR);
        Visibility visibility = SyncAccess.visibility(vendor, List.of(), KNOWN);
        assertThat(visibility.topics()).containsExactly("catalog_items");
        assertThat(visibility.allows(event("catalog_items", VENDOR))).isTrue();
        assertThat(visibility.allows(event("catalog_items", UUID.randomUUID()))).isFalse();
        assertThat(visibility.allows(event("catalog_items", null))).isFalse();
        assertThat(visibility.allows(event("customers", VENDOR))).isFalse();
        assertThat(SyncAccess.forbidden(vendor, List.of("customers", "users", "vendors", "catalog_items")))
                .containsExactly("customers", "users", "vendors");
    }

    @Test
    void aVendorReceivesItsOwnStockAlertsButNotPurchaseOrders() {
        Actor vendor = actor(Role.VENDOR, VENDOR);
        Set<String> known = Set.of("stock_alerts", "purchase_orders", "stock_levels");
        Visibility visibility = SyncAccess.visibility(vendor, List.of(), known);
        assertThat(visibility.topics()).containsExactlyInAnyOrder("stock_alerts", "stock_levels");
        assertThat(visibility.allows(event("stock_alerts", VENDOR))).isTrue();
        assertThat(visibility.allows(event("stock_alerts", UUID.randomUUID()))).isFalse();
        assertThat(SyncAccess.forbidden(vendor, List.of("stock_alerts", "purchase_orders")))
                .containsExactly("purchase_orders");
    }

    @Test
    void unknownTopicsAreNamed() {
        assertThat(SyncAccess.unknown(List.of("vendors", "nope"), KNOWN)).containsExactly("nope");
    }

    @Test
    void filtersByStoreAndIds() {
        UUID store = UUID.randomUUID();
        ChangeEvent event = event("stores", null);
        assertThat(new SubscriptionFilter(store, Set.of()).matches(event)).isFalse();
        assertThat(new SubscriptionFilter(null, Set.of(event.id())).matches(event))
                .isTrue();
        assertThat(SubscriptionFilter.NONE.matches(event)).isTrue();
    }

    @Test
    void convertsColumnNamesToCamelCase() {
        assertThat(ChangeLog.camelCase("vendor_id")).isEqualTo("vendorId");
        assertThat(ChangeLog.camelCase("created_at")).isEqualTo("createdAt");
        assertThat(ChangeLog.camelCase("name")).isEqualTo("name");
        assertThat(ChangeLog.camelCase("_private")).isEqualTo("private");
    }

    private static Actor actor(Role role, UUID vendorId) {
        return new Actor(UUID.randomUUID().toString(), role, vendorId, List.of());
    }

    private static ChangeEvent event(String topic, UUID vendorId) {
        return new ChangeEvent(
                1,
                topic,
                "insert",
                UUID.randomUUID(),
                1,
                JsonMapper.builder().build().createObjectNode(),
                List.of(),
                null,
                null,
                Instant.now(),
                vendorId);
    }
}
