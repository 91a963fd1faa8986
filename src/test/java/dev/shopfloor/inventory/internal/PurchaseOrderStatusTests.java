package dev.shopfloor.inventory.internal;

import static dev.shopfloor.inventory.internal.PurchaseOrderStatus.CANCELLED;
import static dev.shopfloor.inventory.internal.PurchaseOrderStatus.DRAFT;
import static dev.shopfloor.inventory.internal.PurchaseOrderStatus.ORDERED;
import static dev.shopfloor.inventory.internal.PurchaseOrderStatus.PARTIALLY_RECEIVED;
import static dev.shopfloor.inventory.internal.PurchaseOrderStatus.RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shopfloor.platform.web.ApiException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PurchaseOrderStatusTests {

    private static final Map<PurchaseOrderStatus, Set<PurchaseOrderStatus>> TABLE = Map.of(
            DRAFT, EnumSet.of(ORDERED, CANCELLED),
            ORDERED, EnumSet.of(CANCELLED),
            PARTIALLY_RECEIVED, EnumSet.of(CANCELLED),
            RECEIVED, EnumSet.noneOf(PurchaseOrderStatus.class),
            CANCELLED, EnumSet.noneOf(PurchaseOrderStatus.class));

    @Test
    void everyPairIsAllowedOrRefusedAsTheTableSays() {
        for (PurchaseOrderStatus from : PurchaseOrderStatus.values()) {
            for (PurchaseOrderStatus to : PurchaseOrderStatus.values()) {
                if (TABLE.get(from).contains(to)) {
                    assertThat(from.moveTo(to)).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> from.moveTo(to))
                            .as(from + " -> " + to)
                            .isInstanceOfSatisfying(
                                    ApiException.class,
                                    e -> assertThat(e.code()).isEqualTo("invalid_transition"));
                }
            }
        }
    }

    @Test
    void onlyOrderedOrdersReceiveAndOpenOnesCoverTheirSkus() {
        assertThat(EnumSet.allOf(PurchaseOrderStatus.class).stream().filter(PurchaseOrderStatus::receivable))
                .containsExactlyInAnyOrder(ORDERED, PARTIALLY_RECEIVED);
        assertThat(EnumSet.allOf(PurchaseOrderStatus.class).stream().filter(PurchaseOrderStatus::open))
                .containsExactlyInAnyOrder(DRAFT, ORDERED, PARTIALLY_RECEIVED);
        assertThat(PurchaseOrderStatus.afterReceipt(0)).isEqualTo(RECEIVED);
        assertThat(PurchaseOrderStatus.afterReceipt(3)).isEqualTo(PARTIALLY_RECEIVED);
    }

    @Test
    void parsesTheWireNames() {
        assertThat(PurchaseOrderStatus.parse("partially_received")).isEqualTo(PARTIALLY_RECEIVED);
        assertThat(PurchaseOrderStatus.parse(" Ordered ")).isEqualTo(ORDERED);
        assertThatThrownBy(() -> PurchaseOrderStatus.parse("shipped"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("invalid_status"));
    }
}
