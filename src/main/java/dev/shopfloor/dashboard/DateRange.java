package dev.shopfloor.dashboard;

import dev.shopfloor.platform.web.ApiException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** UTC days {@code from} to {@code to}, both included: at least one day, at most {@value #MAX_DAYS}. */
public record DateRange(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 731;

    /** 422 {@code invalid_range} when {@code to} is before {@code from} or the range is longer than 731 days. */
    public DateRange {
        if (to.isBefore(from)) {
            throw ApiException.unprocessable("invalid_range", "to must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw ApiException.unprocessable("invalid_range", "a range may span at most " + MAX_DAYS + " days");
        }
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    /** The first instant of the range: {@code from} at 00:00 UTC. */
    public OffsetDateTime start() {
        return from.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The first instant after the range: the day after {@code to} at 00:00 UTC. */
    public OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
