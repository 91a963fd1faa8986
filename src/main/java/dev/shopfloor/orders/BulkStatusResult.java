package dev.shopfloor.orders;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The outcome for one order of a bulk status change: its new status, or the refusal's code and detail. */
public record BulkStatusResult(
        UUID id,
        boolean ok,
        @Nullable OrderStatus status,
        @Nullable String code,
        @Nullable String detail) {

    public static BulkStatusResult ok(UUID id, OrderStatus status) {
        return new BulkStatusResult(id, true, status, null, null);
    }

    public static BulkStatusResult failed(UUID id, String code, String detail) {
        return new BulkStatusResult(id, false, null, code, detail);
    }
}
