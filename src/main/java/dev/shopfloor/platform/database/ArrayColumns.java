package dev.shopfloor.platform.database;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reads PostgreSQL array columns ({@code uuid[]}, {@code text[]}) into lists; SQL NULL becomes empty. */
public final class ArrayColumns {

    private ArrayColumns() {}

    public static List<UUID> uuids(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }

    public static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
