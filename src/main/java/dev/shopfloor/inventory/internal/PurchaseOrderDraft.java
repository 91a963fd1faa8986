package dev.shopfloor.inventory.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a person writes on a purchase order. On create, a missing {@code vendorId} or {@code currency} is taken
 * from the lines' catalog items when they all agree.
 */
public record PurchaseOrderDraft(
        @Nullable UUID vendorId,
        UUID locationId,
        @Nullable String currency,
        @Nullable LocalDate expectedAt,
        @Nullable String notes,
        List<Line> lines) {

    public record Line(String sku, int quantity, @Nullable BigDecimal unitCost) {}
}
