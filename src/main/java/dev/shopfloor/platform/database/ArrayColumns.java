package dev.shopfloor.platform.database;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL arrays both ways: reads array columns ({@code uuid[]}, {@code text[]}) into lists (SQL NULL becomes
 * empty), and turns one field of many rows into a text array for {@code unnest(CAST(:a AS uuid[]), ...)}, so one
 * statement writes any number of rows in one round trip.
 */
public final class ArrayColumns {

    private ArrayColumns() {}

    public static List<UUID> uuids(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }

    public static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** One field of many rows as a text array; SQL casts it to the column's type (amounts in plain notation). */
    public static <T> @Nullable String[] column(List<T> rows, Function<T, ? extends @Nullable Object> value) {
        @Nullable String[] out = new String[rows.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = value.apply(rows.get(i));
            out[i] = v == null ? null : v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString();
        }
        return out;
    }
}
