package dev.shopfloor.orders.web;

import dev.shopfloor.orders.NewOrder;
import dev.shopfloor.orders.NewOrder.NewLine;
import dev.shopfloor.orders.OrderChanges;
import dev.shopfloor.platform.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Request bodies of the order resources. */
final class OrderRequests {

    private OrderRequests() {}

    /** {@code POST /api/orders}: {@code status} is {@code pending} (default) or {@code draft}. */
    record CreateOrder(
            @NotNull UUID customerId,
            @Nullable UUID storeId,
            @Nullable UUID locationId,
            @Nullable String status,
            @NotEmpty @Size(max = 200) List<@Valid @NotNull Line> items,
            @Nullable @Size(max = 10000) String notes,
            @Nullable Map<String, Object> shippingAddress,

            @Nullable @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal shippingAmount) {

        NewOrder toNewOrder() {
            boolean draft = switch (status == null ? "pending" : status) {
                case "pending" -> false;
                case "draft" -> true;
                default ->
                    throw ApiException.unprocessable(
                            "invalid_status", "a new order is pending (the default) or draft, not " + status);
            };
            return new NewOrder(
                    customerId,
                    storeId,
                    locationId,
                    draft,
                    items.stream().map(Line::toNewLine).toList(),
                    notes,
                    shippingAddress,
                    shippingAmount);
        }
    }

    /** A line to order; {@code price} overrides the catalog's (MANAGER/ADMIN only). */
    record Line(
            @NotBlank @Size(max = 64) String sku,
            @NotNull @Min(1) @Max(100000) Integer quantity,
            @Nullable BigDecimal price,
            @Nullable Integer version) {

        NewLine toNewLine() {
            return new NewLine(sku, quantity, price);
        }
    }

    /** {@code PUT /api/orders/{id}/items/{itemId}}: what is given changes. */
    record ChangeLine(
            @Nullable @Min(1) @Max(100000) Integer quantity,
            @Nullable BigDecimal price,
            @Nullable Integer version) {}

    /** {@code PUT /api/orders/{id}}: every field replaces the stored one (shippingAmount absent = kept). */
    record UpdateOrder(
            @Nullable @Size(max = 10000) String notes,
            @Nullable Map<String, Object> shippingAddress,
            @Nullable UUID storeId,

            @Nullable @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal shippingAmount,

            @Nullable Integer version) {

        OrderChanges toChanges() {
            return new OrderChanges(notes, shippingAddress, storeId, shippingAmount);
        }
    }

    record ChangeStatus(
            @NotBlank String status,
            @Nullable @Size(max = 1000) String note,
            @Nullable Integer version) {}

    record BulkStatus(
            @NotEmpty @Size(max = 200) List<@NotNull UUID> ids,
            @NotBlank String status,
            @Nullable @Size(max = 1000) String note) {}
}
