package dev.shopfloor.inventory.web;

import dev.shopfloor.inventory.internal.PurchaseOrderDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The body of POST: a new draft. {@code vendorId} and {@code currency} default to those of the lines' catalog
 * items when they all agree.
 */
record PurchaseOrderRequest(
        @Nullable UUID vendorId,
        @NotNull UUID locationId,

        @Nullable @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
        String currency,

        @Nullable LocalDate expectedAt,
        @Nullable @Size(max = 2000) String notes,
        @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull LineRequest> lines) {

    PurchaseOrderDraft toDraft() {
        return new PurchaseOrderDraft(
                vendorId,
                locationId,
                currency,
                expectedAt,
                notes,
                lines.stream().map(LineRequest::toLine).toList());
    }

    record LineRequest(
            @NotBlank @Size(max = 64) String sku,
            @NotNull @Positive @Max(1_000_000) Integer quantity,

            @Nullable @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal unitCost) {

        PurchaseOrderDraft.Line toLine() {
            return new PurchaseOrderDraft.Line(sku.strip(), quantity, unitCost);
        }
    }
}
