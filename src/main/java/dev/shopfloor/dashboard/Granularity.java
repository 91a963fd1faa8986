package dev.shopfloor.dashboard;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.shopfloor.platform.web.ApiException;
import java.util.Locale;

/** The size of a sales bucket. Weeks start on Monday (ISO), months on the 1st; all in UTC days. */
public enum Granularity {
    DAY,
    WEEK,
    MONTH;

    /** The unit as PostgreSQL's date_trunc names it, and the wire value. */
    @JsonValue
    public String unit() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code day}, {@code week} or {@code month} (default day); anything else is 400 {@code invalid_granularity}. */
    public static Granularity parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "day" -> DAY;
            case "week" -> WEEK;
            case "month" -> MONTH;
            default -> throw ApiException.badRequest("invalid_granularity", "granularity must be day, week or month");
        };
    }
}
