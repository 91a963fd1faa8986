package dev.shopfloor.manufacturing.web;

import dev.shopfloor.manufacturing.CostInput;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The body of POST /api/production/tasks/{id}/costs. */
record CostRequest(
        @NotNull
        @Pattern(regexp = "material|labour|outside|overhead", message = "must be material, labour, outside or overhead")
        String kind,

        @NotNull @DecimalMin("0.00") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2)
        BigDecimal amount,

        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code in upper case")
        String currency,

        @Nullable @Size(max = 500) String description) {

    CostInput toInput() {
        return new CostInput(kind, amount, currency, description);
    }
}
