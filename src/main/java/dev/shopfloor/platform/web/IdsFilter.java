package dev.shopfloor.platform.web;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ids} filter of a list endpoint (repeated {@code ids=a&ids=b} or a comma list): at most {@link #MAX}
 * ids, a page of the largest {@code limit}, so a page reads the names it shows in one request.
 */
public final class IdsFilter {

    public static final int MAX = 200;

    private IdsFilter() {}

    /** The ids asked for (none: empty), or 400 {@code too_many_ids}. */
    public static List<UUID> of(@Nullable List<UUID> ids) {
        List<UUID> given =
                ids == null ? List.of() : ids.stream().filter(Objects::nonNull).toList();
        if (given.size() > MAX) {
            throw ApiException.badRequest("too_many_ids", "ids may name at most " + MAX + " resources");
        }
        return given;
    }
}
