package dev.shopfloor.inventory.web;

import dev.shopfloor.inventory.internal.ReceiptLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The body of POST .../receive: what arrived, per line (named by {@code lineId} or {@code sku}). No body or no
 * lines receives everything outstanding.
 */
record PurchaseOrderReceiptRequest(
        @Nullable @Size(max = 500) List<@Valid @NotNull Line> lines,
        @Nullable Integer version) {

    List<ReceiptLine> toReceiptLines() {
        return lines == null
                ? List.of()
                : lines.stream()
                        .map(l -> new ReceiptLine(l.lineId(), l.sku(), l.quantity()))
                        .toList();
    }

    record Line(
            @Nullable UUID lineId,
            @Nullable @Size(max = 64) String sku,
            @NotNull @Positive @Max(1_000_000) Integer quantity) {

        @AssertTrue(message = "name the line by lineId or sku")
        boolean isNamed() {
            return lineId != null || (sku != null && !sku.isBlank());
        }
    }
}
