package dev.shopfloor.customers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The editable fields of a customer, for creating one or replacing them all (PUT). Tags are kept trimmed,
 * lower-case and without duplicates, so the {@code tag} filter is case-insensitive.
 */
public record NewCustomer(
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String company,
        List<String> tags,
        @Nullable String notes,
        List<AddressInput> addresses) {

    public NewCustomer {
        name = name.strip();
        email = AddressInput.blankToNull(email);
        phone = AddressInput.blankToNull(phone);
        company = AddressInput.blankToNull(company);
        notes = notes == null || notes.isBlank() ? null : notes;
        tags = normalized(tags);
        addresses = List.copyOf(addresses);
    }

    public static NewCustomer named(String name, @Nullable String email) {
        return new NewCustomer(name, email, null, null, List.of(), null, List.of());
    }

    private static List<String> normalized(List<String> tags) {
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (String tag : tags) {
            set.add(tag.strip().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(set);
    }
}
