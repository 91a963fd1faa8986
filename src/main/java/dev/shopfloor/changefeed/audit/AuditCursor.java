package dev.shopfloor.changefeed.audit;

import dev.shopfloor.platform.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** Opaque keyset cursors over change_log ids (a bigint, so the platform's UUID cursor does not fit). */
final class AuditCursor {

    private static final String PREFIX = "log:";

    private AuditCursor() {}

    static String of(long lastId) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
    }

    static @Nullable Long after(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                return Long.parseLong(decoded.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw ApiException.badRequest("invalid_cursor", "cursor is not one this server issued");
    }
}
