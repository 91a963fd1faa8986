package dev.shopfloor.orders;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.shopfloor.platform.web.ApiException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The statuses of an order; which may follow which is {@link OrderWorkflow}'s table. */
public enum OrderStatus {
    DRAFT,
    PENDING,
    CONFIRMED,
    IN_PRODUCTION,
    READY,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    REFUNDED;

    /** The name in JSON and in the database: {@code in_production}. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name; anything else is a 400 {@code invalid_status} listing the valid ones. */
    @JsonCreator
    public static OrderStatus parse(String wire) {
        return Arrays.stream(values())
                .filter(s -> s.wire().equals(wire))
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest(
                        "invalid_status",
                        "unknown status '" + wire + "'; one of "
                                + Arrays.stream(values()).map(OrderStatus::wire).collect(Collectors.joining(", "))));
    }

    /** Statuses whose stock lines hold stock (a hold exists or is being made). */
    public boolean holdsStock() {
        return this == PENDING || this == CONFIRMED || this == IN_PRODUCTION || this == READY;
    }

    /** Whether lines may still be added, changed or removed. */
    public boolean linesEditable() {
        return this == DRAFT || holdsStock();
    }
}
