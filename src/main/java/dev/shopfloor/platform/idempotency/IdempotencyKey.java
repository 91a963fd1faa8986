package dev.shopfloor.platform.idempotency;

import dev.shopfloor.platform.web.ApiException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The {@code Idempotency-Key} header's rules: one value of 1..255 visible ASCII characters. */
final class IdempotencyKey {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;

    private IdempotencyKey() {}

    /**
     * The key the request carries, or null when it carries none.
     *
     * @throws ApiException 400 {@code invalid_idempotency_key} for an empty, too long, repeated or non-ASCII key
     */
    static @Nullable String of(@Nullable Enumeration<String> headerValues) {
        List<String> values = headerValues == null ? List.of() : Collections.list(headerValues);
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw invalid("send one Idempotency-Key header, not " + values.size());
        }
        String key = values.getFirst();
        if (key.isEmpty() || key.length() > MAX_LENGTH) {
            throw invalid("Idempotency-Key must be 1 to " + MAX_LENGTH + " characters long");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw invalid("Idempotency-Key may only contain visible ASCII characters (no spaces)");
            }
        }
        return key;
    }

    private static ApiException invalid(String detail) {
        return ApiException.badRequest("invalid_idempotency_key", detail);
    }
}
