package dev.shopfloor.inventory.web;

import dev.shopfloor.inventory.LocationInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The body of POST and PUT; PUT replaces every field (absent {@code kind} is {@code warehouse}, absent
 * {@code active} is true).
 *
 * @param version the version the writer last read (PUT only; stale gives 409)
 */
record LocationRequest(
        @NotBlank
        @Pattern(
                regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,31}",
                message = "letters, digits and . _ -, starting with a letter or digit, at most 32")
        String code,

        @NotBlank @Size(max = 200) String name,

        @Nullable @Pattern(regexp = "warehouse|store", message = "must be warehouse or store")
        String kind,

        @Nullable UUID storeId,
        @Nullable @Size(max = 500) String address,
        @Nullable Boolean active,
        @Nullable Integer version) {

    LocationInput toInput() {
        return new LocationInput(
                code.strip(),
                name.strip(),
                kind == null ? "warehouse" : kind,
                storeId,
                address,
                active == null || active);
    }
}
