package dev.shopfloor.changefeed.web;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

final class TopicList {

    private TopicList() {}

    /** {@code a,b} -> [a, b]; blank -> [] (all topics the caller may read). */
    static List<String> parse(@Nullable String topics) {
        if (topics == null || topics.isBlank()) {
            return List.of();
        }
        return Arrays.stream(topics.split(","))
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }
}
