package dev.shopfloor.platform.web;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One page of a keyset-paginated list: {@code {"items":[...],"nextCursor":"..."|null}}. */
public record Page<T>(List<T> items, @Nullable String nextCursor) {

    /**
     * Builds a page from {@code limit + 1} fetched rows: the extra row only proves there is a next page.
     *
     * @param cursorOf the keyset position of a row, encoded with {@link Cursor}
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(List.copyOf(items), cursorOf.apply(items.getLast()));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
