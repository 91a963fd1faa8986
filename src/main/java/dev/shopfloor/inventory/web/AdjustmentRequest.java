package dev.shopfloor.inventory.web;

import dev.shopfloor.inventory.internal.StockAdjustment;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stock count correction: exactly one of {@code delta} (non-zero change) or {@code setOnHand} (the counted
 * quantity).
 *
 * @param expectedVersion the level version the counter saw; stale gives 409 {@code version_conflict}
 */
record AdjustmentRequest(
        @NotBlank @Size(max = 64) String sku,
        @NotNull UUID locationId,
        @Nullable @Min(-100_000_000) @Max(100_000_000) Integer delta,
        @Nullable @Min(0) @Max(100_000_000) Integer setOnHand,
        @NotBlank @Size(max = 500) String reason,
        @Nullable Integer expectedVersion) {

    @AssertTrue(message = "give exactly one of delta or setOnHand")
    boolean isExactlyOneOfDeltaOrSetOnHand() {
        return (delta == null) != (setOnHand == null);
    }

    @AssertTrue(message = "must not be 0")
    boolean isDeltaNonZero() {
        return delta == null || delta != 0;
    }

    StockAdjustment toAdjustment() {
        return new StockAdjustment(sku.strip(), locationId, delta, setOnHand, reason.strip(), expectedVersion);
    }
}
