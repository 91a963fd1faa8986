package dev.shopfloor.inventory.internal;

import dev.shopfloor.platform.web.ApiException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The life of a purchase order. The transitions a person may ask for are the table below; receiving moves an
 * ordered order on to partially received or received by itself ({@link #afterReceipt}).
 *
 * <pre>
 * draft              -> ordered, cancelled
 * ordered            -> cancelled            (receiving: -> partially_received, received)
 * partially_received -> cancelled            (receiving: -> received)
 * received, cancelled: final
 * </pre>
 */
public enum PurchaseOrderStatus {
    DRAFT,
    ORDERED,
    PARTIALLY_RECEIVED,
    RECEIVED,
    CANCELLED;

    /** The statuses a person may move this one to. */
    public Set<PurchaseOrderStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ORDERED, CANCELLED);
            case ORDERED, PARTIALLY_RECEIVED -> EnumSet.of(CANCELLED);
            case RECEIVED, CANCELLED -> EnumSet.noneOf(PurchaseOrderStatus.class);
        };
    }

    /** This status moved to {@code target}, or 422 {@code invalid_transition}. */
    public PurchaseOrderStatus moveTo(PurchaseOrderStatus target) {
        if (!next().contains(target)) {
            throw ApiException.unprocessable(
                    "invalid_transition",
                    "a purchase order cannot go from " + db() + " to " + target.db() + "; allowed: "
                            + next().stream().map(PurchaseOrderStatus::db).toList());
        }
        return target;
    }

    /** Whether goods can be received against an order in this status. */
    public boolean receivable() {
        return this == ORDERED || this == PARTIALLY_RECEIVED;
    }

    /** Whether the order still counts as covering its SKUs (automatic reordering drafts no second one). */
    public boolean open() {
        return this == DRAFT || receivable();
    }

    /** The status after a receipt: received once nothing is outstanding. */
    public static PurchaseOrderStatus afterReceipt(int outstanding) {
        return outstanding == 0 ? RECEIVED : PARTIALLY_RECEIVED;
    }

    public String db() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PurchaseOrderStatus fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** The status a client named, or 400 {@code invalid_status}. */
    public static PurchaseOrderStatus parse(String value) {
        return Arrays.stream(values())
                .filter(s -> s.db().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest(
                        "invalid_status",
                        "status must be one of "
                                + Arrays.stream(values())
                                        .map(PurchaseOrderStatus::db)
                                        .toList()));
    }
}
