package dev.shopfloor.partners.internal;

import org.jspecify.annotations.Nullable;

/** Free-text {@code q} as a substring ILIKE pattern (trigram-indexed), with LIKE wildcards taken literally. */
final class Search {

    private Search() {}

    static @Nullable String contains(@Nullable String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String escaped = q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
