package dev.shopfloor.inventory.web;

import dev.shopfloor.inventory.internal.PurchaseOrderEdit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of PUT on a draft: replaces currency, expected date and notes; replaces the lines when
 * {@code lines} is given (a SKU that stays keeps its line id) and keeps them when it is absent.
 *
 * @param version the version the writer last read (stale gives 409)
 */
record PurchaseOrderUpdateRequest(
        @Nullable @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
        String currency,

        @Nullable LocalDate expectedAt,
        @Nullable @Size(max = 2000) String notes,
        @Nullable @Size(min = 1, max = 500) List<PurchaseOrderRequest.@Valid @NotNull LineRequest> lines,
        @Nullable Integer version) {

    PurchaseOrderEdit toEdit() {
        return new PurchaseOrderEdit(
                currency,
                expectedAt,
                notes,
                lines == null
                        ? null
                        : lines.stream()
                                .map(PurchaseOrderRequest.LineRequest::toLine)
                                .toList());
    }
}
