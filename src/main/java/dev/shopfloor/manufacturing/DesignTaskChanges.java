package dev.shopfloor.manufacturing;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The editable fields of a design task (PUT replaces them all); its links and status change elsewhere. */
public record DesignTaskChanges(
        String title,
        @Nullable String brief,
        @Nullable UUID designerId,
        @Nullable LocalDate dueDate) {

    public DesignTaskChanges {
        title = title.strip();
        brief = brief == null || brief.isBlank() ? null : brief;
    }
}
