package dev.shopfloor.manufacturing.web;

import dev.shopfloor.manufacturing.DesignStatus;
import dev.shopfloor.manufacturing.DesignStatusChange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT /api/design/tasks/{id}/status}.
 *
 * @param approvedBy required with {@code approved}: who at the customer approved the design
 * @param version the version the writer last read (stale gives 409)
 */
record DesignStatusRequest(
        @NotBlank String status,
        @Nullable @Size(max = 2000) String note,
        @Nullable @Size(max = 200) String approvedBy,
        @Nullable Integer version) {

    DesignStatusChange toChange() {
        return new DesignStatusChange(DesignStatus.parse(status.strip()), note, approvedBy);
    }
}
