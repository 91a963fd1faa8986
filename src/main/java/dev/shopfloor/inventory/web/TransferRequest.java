package dev.shopfloor.inventory.web;

import dev.shopfloor.inventory.internal.StockTransfer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

record TransferRequest(
        @NotBlank @Size(max = 64) String sku,
        @NotNull UUID fromLocationId,
        @NotNull UUID toLocationId,
        @NotNull @Min(1) @Max(100_000_000) Integer quantity,
        @Nullable @Size(max = 500) String reason) {

    StockTransfer toTransfer() {
        return new StockTransfer(sku.strip(), fromLocationId, toLocationId, quantity, reason);
    }
}
