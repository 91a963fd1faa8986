package dev.shopfloor.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Opaque keyset cursors. Lists are ordered by their time-ordered UUID key, newest first, so the position
 * after a row is its id; clients must not read meaning into the encoding.
 */
public final class Cursor {

    private Cursor() {}

    public static String of(UUID lastId) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(lastId.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The id to continue after, or null for the first page; a cursor we did not issue is a 400. */
    public static @Nullable UUID after(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_cursor", "cursor is not one this server issued");
        }
    }

    /** Checks {@code ?limit=} (1..200, default 50). */
    public static int limit(@Nullable Integer limit) {
        if (limit == null) {
            return 50;
        }
        if (limit < 1 || limit > 200) {
            throw ApiException.badRequest("invalid_limit", "limit must be between 1 and 200");
        }
        return limit;
    }
}
