package dev.shopfloor.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a ledger entry records. Receipts, transfers in, returns and production output add stock; sales, transfers
 * out and production consumption take it away; an adjustment may do either. The database refuses a sign that does
 * not fit the kind.
 */
public enum MovementKind {
    RECEIPT(1),
    SALE(-1),
    ADJUSTMENT(0),
    TRANSFER_OUT(-1),
    TRANSFER_IN(1),
    RETURN(1),
    PRODUCTION_CONSUMPTION(-1),
    PRODUCTION_OUTPUT(1);

    private final int sign;

    MovementKind(int sign) {
        this.sign = sign;
    }

    /** The stored and JSON name: {@code transfer_out}. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** +1 for kinds that add stock, -1 for kinds that take it away, 0 when the quantity's own sign decides. */
    public int sign() {
        return sign;
    }

    @JsonCreator
    public static @Nullable MovementKind fromValue(@Nullable String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(values())
                .filter(k -> k.value().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown movement kind " + value));
    }
}
