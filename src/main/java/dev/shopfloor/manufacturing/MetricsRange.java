package dev.shopfloor.manufacturing;

import dev.shopfloor.platform.web.ApiException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The days the production metrics cover: {@code from} to {@code to}, both inclusive, as UTC days, at most
 * {@link #MAX_DAYS} of them (422 {@code invalid_range} otherwise); optionally one manufacturer's tasks only.
 */
public record MetricsRange(
        LocalDate from, LocalDate to, @Nullable UUID manufacturerId) {

    public static final int MAX_DAYS = 366;

    public MetricsRange {
        if (to.isBefore(from)) {
            throw ApiException.unprocessable("invalid_range", "to must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw ApiException.unprocessable("invalid_range", "the range may cover at most " + MAX_DAYS + " days");
        }
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The first instant of the range (from's midnight, UTC). */
    public OffsetDateTime start() {
        return from.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The first instant after the range (the midnight after {@code to}, UTC): exclusive. */
    public OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
