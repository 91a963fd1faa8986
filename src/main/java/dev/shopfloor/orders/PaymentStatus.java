package dev.shopfloor.orders;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much of an order's total is paid: follows its captured and refunded payments. */
public enum PaymentStatus {
    UNPAID,
    PARTIALLY_PAID,
    PAID,
    REFUNDED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentStatus fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
