package dev.shopfloor.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/** {@code ETag: "<version>"} on single resources, {@code If-None-Match} -> 304, {@code If-Match} parsing. */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the ETag, or 304 when the client already holds this version. */
    public static <T> ResponseEntity<T> ok(WebRequest request, T body, long version) {
        if (request.checkNotModified(of(version))) {
            return ResponseEntity.status(304).eTag(of(version)).build();
        }
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }

    static @Nullable Integer parseIfMatch(@Nullable String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String tag = header.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.valueOf(tag);
        } catch (NumberFormatException e) {
            // An ETag we never issued cannot match the current version.
            return -1;
        }
    }
}
