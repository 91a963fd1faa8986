package dev.shopfloor.platform.database;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Lists with optional filters keep one SQL constant per filter ({@code AND o.status = :status}) and add only the
 * ones given, so the statement that runs carries exactly the conditions asked for, each served by its index.
 */
public final class FilterClauses {

    private FilterClauses() {}

    /** Appends {@code clause} and binds {@code value} as {@code :name}, unless the filter is absent (null). */
    public static void add(
            StringBuilder sql, Map<String, Object> params, String clause, String name, @Nullable Object value) {
        if (value != null) {
            sql.append(clause);
            // The driver binds OffsetDateTime, not Instant, to timestamptz.
            params.put(name, value instanceof Instant i ? OffsetDateTime.ofInstant(i, ZoneOffset.UTC) : value);
        }
    }

    /** LIKE treats % and _ as wildcards and \ as the escape; a search for them means the characters. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
