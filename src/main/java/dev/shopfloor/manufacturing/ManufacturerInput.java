package dev.shopfloor.manufacturing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The editable fields of a manufacturer, for creating one or replacing them all (PUT). Blank texts are null. */
public record ManufacturerInput(
        String name,
        String kind,
        int capacityPerDay,
        int leadTimeDays,
        @Nullable String contactName,
        @Nullable String email,
        @Nullable String phone,
        @Nullable UUID locationId,
        @Nullable String notes,
        boolean active) {

    public ManufacturerInput {
        name = name.strip();
        contactName = blankToNull(contactName);
        email = blankToNull(email);
        phone = blankToNull(phone);
        notes = notes == null || notes.isBlank() ? null : notes;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
