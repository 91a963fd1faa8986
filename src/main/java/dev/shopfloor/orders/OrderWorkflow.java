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

import dev.shopfloor.platform.web.ApiException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * THE table of allowed status transitions (copied into docs/modules/orders.md). What each transition does to
 * stock is in {@code OrderTransitions}; cancelled and refunded are final.
 */
public final class OrderWorkflow {

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = new EnumMap<>(Map.of(
            DRAFT, EnumSet.of(PENDING, CANCELLED),
            PENDING, EnumSet.of(CONFIRMED, CANCELLED),
            CONFIRMED, EnumSet.of(IN_PRODUCTION, READY, SHIPPED, CANCELLED),
            IN_PRODUCTION, EnumSet.of(READY, CANCELLED),
            READY, EnumSet.of(SHIPPED, CANCELLED),
            SHIPPED, EnumSet.of(DELIVERED, REFUNDED),
            DELIVERED, EnumSet.of(REFUNDED),
            CANCELLED, EnumSet.noneOf(OrderStatus.class),
            REFUNDED, EnumSet.noneOf(OrderStatus.class)));

    private OrderWorkflow() {}

    public static Set<OrderStatus> allowedNext(OrderStatus from) {
        return Set.copyOf(NEXT.get(from));
    }

    public static boolean allows(OrderStatus from, OrderStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Passes when {@code from -> to} is in the table, else 422 {@code invalid_transition} naming the allowed ones. */
    public static void check(OrderStatus from, OrderStatus to) {
        if (!allows(from, to)) {
            throw new ApiException(
                    org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT,
                    "invalid_transition",
                    "an order cannot go from " + from.wire() + " to " + to.wire() + "; allowed from " + from.wire()
                            + ": " + describe(NEXT.get(from)),
                    Map.of(
                            "from", from.wire(),
                            "to", to.wire(),
                            "allowed",
                                    NEXT.get(from).stream()
                                            .map(OrderStatus::wire)
                                            .toList()));
        }
    }

    private static String describe(Set<OrderStatus> next) {
        return next.isEmpty()
                ? "none (final)"
                : next.stream().map(OrderStatus::wire).collect(Collectors.joining(", "));
    }
}
