package dev.shopfloor.inventory;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The editable fields of a location; {@code kind} is {@code warehouse} or {@code store}. */
public record LocationInput(
        String code,
        String name,
        String kind,
        @Nullable UUID storeId,
        @Nullable String address,
        boolean active) {}
