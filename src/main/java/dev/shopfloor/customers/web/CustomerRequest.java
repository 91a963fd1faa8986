package dev.shopfloor.customers.web;

import dev.shopfloor.customers.AddressInput;
import dev.shopfloor.customers.NewCustomer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The body of POST and PUT: every editable field. PUT replaces them all, the address set included (an
 * address with its {@code id} is kept and updated, one without is added, a missing one removed).
 *
 * @param version the version the writer last read (PUT only; stale gives 409)
 * @param archived PUT only: true archives, false restores, absent keeps the state
 */
record CustomerRequest(
        @NotBlank @Size(max = 200) String name,

        @Nullable @Email(regexp = "^[^@\\s]+@[^@\\s]+$") @Size(max = 254)
        String email,

        @Nullable @Size(max = 50) String phone,
        @Nullable @Size(max = 200) String company,
        @Nullable @Size(max = 50) List<@NotBlank @Size(max = 50) String> tags,
        @Nullable @Size(max = 10000) String notes,
        @Nullable @Size(max = 20) List<@Valid @NotNull AddressRequest> addresses,
        @Nullable Integer version,
        @Nullable Boolean archived) {

    NewCustomer toNewCustomer() {
        return new NewCustomer(
                name,
                email,
                phone,
                company,
                tags == null ? List.of() : tags,
                notes,
                addresses == null
                        ? List.of()
                        : addresses.stream().map(AddressRequest::toInput).toList());
    }

    record AddressRequest(
            @Nullable UUID id,
            @Nullable @Size(max = 100) String label,

            @NotNull @Pattern(regexp = "shipping|billing", message = "must be shipping or billing")
            String kind,

            @NotBlank @Size(max = 200) String line1,
            @Nullable @Size(max = 200) String line2,
            @NotBlank @Size(max = 100) String city,
            @Nullable @Size(max = 100) String region,
            @Nullable @Size(max = 20) String postalCode,

            @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 alpha-2 country code")
            String country,

            @Nullable Boolean isDefault) {

        AddressInput toInput() {
            return new AddressInput(
                    id, label, kind, line1, line2, city, region, postalCode, country, Boolean.TRUE.equals(isDefault));
        }
    }
}
