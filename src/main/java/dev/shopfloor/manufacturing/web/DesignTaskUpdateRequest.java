package dev.shopfloor.manufacturing.web;

import dev.shopfloor.manufacturing.DesignTaskChanges;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The body of PUT: replaces the editable fields (an absent designerId or dueDate clears it).
 *
 * @param version the version the writer last read (stale gives 409)
 */
record DesignTaskUpdateRequest(
        @NotBlank @Size(max = 300) String title,
        @Nullable @Size(max = 20000) String brief,
        @Nullable UUID designerId,
        @Nullable LocalDate dueDate,
        @Nullable Integer version) {

    DesignTaskChanges toChanges() {
        return new DesignTaskChanges(title, brief, designerId, dueDate);
    }
}
