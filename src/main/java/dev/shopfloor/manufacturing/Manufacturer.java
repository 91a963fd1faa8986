package dev.shopfloor.manufacturing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A place that makes goods: an in-house line or an outside manufacturer.
 *
 * @param kind {@code in_house} or {@code outside}
 * @param capacityPerDay units it can make per day (assignments beyond it need a MANAGER/ADMIN override)
 * @param locationId where its materials are drawn from and its output received
 * @param active false once deactivated (deleting a manufacturer that tasks refer to deactivates it)
 */
public record Manufacturer(
        UUID id,
        int version,
        String name,
        String kind,
        int capacityPerDay,
        int leadTimeDays,
        @Nullable String contactName,
        @Nullable String email,
        @Nullable String phone,
        @Nullable UUID locationId,
        @Nullable String notes,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {

    public static final String IN_HOUSE = "in_house";
    public static final String OUTSIDE = "outside";
}
