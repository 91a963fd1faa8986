package dev.shopfloor.manufacturing.web;

import dev.shopfloor.manufacturing.ManufacturerInput;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The body of POST and PUT: every editable field (PUT replaces them all).
 *
 * @param active absent means true
 * @param version the version the writer last read (PUT only; stale gives 409)
 */
record ManufacturerRequest(
        @NotBlank @Size(max = 200) String name,

        @NotNull @Pattern(regexp = "in_house|outside", message = "must be in_house or outside")
        String kind,

        @NotNull @Positive Integer capacityPerDay,
        @Nullable @Min(0) @Max(365) Integer leadTimeDays,
        @Nullable @Size(max = 200) String contactName,

        @Nullable @Email(regexp = "^[^@\\s]+@[^@\\s]+$") @Size(max = 320)
        String email,

        @Nullable @Size(max = 50) String phone,
        @Nullable UUID locationId,
        @Nullable @Size(max = 10000) String notes,
        @Nullable Boolean active,
        @Nullable Integer version) {

    ManufacturerInput toInput() {
        return new ManufacturerInput(
                name,
                kind,
                capacityPerDay,
                leadTimeDays == null ? 0 : leadTimeDays,
                contactName,
                email,
                phone,
                locationId,
                notes,
                active == null || active);
    }
}
