package dev.shopfloor.orders;

import static dev.shopfloor.orders.OrderStatus.CANCELLED;
import static dev.shopfloor.orders.OrderStatus.CONFIRMED;
import static dev.shopfloor.orders.OrderStatus.DELIVERED;
import static dev.shopfloor.orders.OrderStatus.DRAFT;
import static dev.shopfloor.orders.OrderStatus.IN_PRODUCTION;
import static dev.shopfloor.orders.OrderStatus.PENDING;
import static dev.shopfloor.orders.OrderStatus.READY;
import static dev.shopfloor.orders.OrderStatus.REFUNDED;
import static dev.shopfloor.orders.OrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shopfloor.platform.web.ApiException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every pair of statuses, allowed or refused exactly as the decided table (docs/modules/orders.md) says. */
class OrderWorkflowTests {

    // Written out independently of OrderWorkflow, so a change there must be made here too, on purpose.
    private static final Map<OrderStatus, Set<OrderStatus>> DECIDED = Map.of(
            DRAFT, EnumSet.of(PENDING, CANCELLED),
            PENDING, EnumSet.of(CONFIRMED, CANCELLED),
            CONFIRMED, EnumSet.of(IN_PRODUCTION, READY, SHIPPED, CANCELLED),
            IN_PRODUCTION, EnumSet.of(READY, CANCELLED),
            READY, EnumSet.of(SHIPPED, CANCELLED),
            SHIPPED, EnumSet.of(DELIVERED, REFUNDED),
            DELIVERED, EnumSet.of(REFUNDED),
            CANCELLED, EnumSet.noneOf(OrderStatus.class),
            REFUNDED, EnumSet.noneOf(OrderStatus.class));

    @Test
    void allowsExactlyTheDecidedTransitionsForEveryPairOfStatuses() {
        int allowed = 0;
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                boolean expected = DECIDED.get(from).contains(to);
                assertThat(OrderWorkflow.allows(from, to))
                        .as(from + " -> " + to)
                        .isEqualTo(expected);
                if (expected) {
                    allowed++;
                    assertThatCode(() -> OrderWorkflow.check(from, to)).doesNotThrowAnyException();
                } else {
                    assertThatThrownBy(() -> OrderWorkflow.check(from, to))
                            .isInstanceOfSatisfying(ApiException.class, e -> {
                                assertThat(e.code()).isEqualTo("invalid_transition");
                                assertThat(e.status().value()).isEqualTo(422);
                            });
                }
            }
        }
        assertThat(allowed).isEqualTo(15);
    }

    @Test
    void cancelledAndRefundedAreFinal() {
        assertThat(OrderWorkflow.allowedNext(CANCELLED)).isEmpty();
        assertThat(OrderWorkflow.allowedNext(REFUNDED)).isEmpty();
    }

    @Test
    void aRefusalNamesFromToAndTheAllowedStatuses() {
        assertThatThrownBy(() -> OrderWorkflow.check(DRAFT, SHIPPED)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getMessage()).contains("draft", "shipped", "pending", "cancelled");
            assertThat(e.properties()).containsEntry("from", "draft").containsEntry("to", "shipped");
        });
        assertThatThrownBy(() -> OrderWorkflow.check(REFUNDED, DELIVERED)).hasMessageContaining("none (final)");
    }

    @Test
    void wireNamesRoundTrip() {
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(OrderStatus.parse(status.wire())).isEqualTo(status);
        }
        assertThat(IN_PRODUCTION.wire()).isEqualTo("in_production");
        assertThatThrownBy(() -> OrderStatus.parse("IN_PRODUCTION")).isInstanceOf(ApiException.class);
    }
}
