package dev.shopfloor.inventory.web;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * The body of PUT .../status: the status to move to ({@code ordered} or {@code cancelled}; see the table in
 * docs/modules/inventory.md).
 */
record PurchaseOrderStatusRequest(
        @NotBlank String status, @Nullable Integer version) {}
