package dev.shopfloor.manufacturing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.shopfloor.platform.web.ApiException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The statuses of a design task; which may follow which is {@link DesignWorkflow}'s table. */
public enum DesignStatus {
    DRAFT,
    IN_PROGRESS,
    IN_REVIEW,
    APPROVED,
    CHANGES_REQUESTED;

    /** The name in JSON and in the database: {@code in_review}. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name; anything else is a 400 {@code invalid_status} listing the valid ones. */
    @JsonCreator
    public static DesignStatus parse(String wire) {
        return Arrays.stream(values())
                .filter(s -> s.wire().equals(wire))
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest(
                        "invalid_status",
                        "unknown design status '" + wire + "'; one of "
                                + Arrays.stream(values())
                                        .map(DesignStatus::wire)
                                        .collect(Collectors.joining(", "))));
    }
}
