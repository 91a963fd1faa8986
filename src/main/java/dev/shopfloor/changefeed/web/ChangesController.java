package dev.shopfloor.changefeed.web;

import dev.shopfloor.changefeed.ChangeFeed;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Sync", description = "Live sync: the ordered change log by polling, SSE and WebSocket (/api/sync)")
class ChangesController {

    private static final int MAX_LIMIT = 1000;

    private final ChangeFeed feed;

    ChangesController(ChangeFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/api/changes")
    @Access.Read
    @Operation(
            summary = "Poll the change log",
            description = "Events after `since` in seq order, only those the caller may read. Continue from the"
                    + " last item's seq while pages are full, else from headSeq. 410 resync_required when"
                    + " `since` is older than the kept log.")
    ChangeFeed.Changes changes(
            @RequestParam(defaultValue = "0") long since,
            @RequestParam(required = false) @Nullable String topics,
            @RequestParam(defaultValue = "100") int limit) {
        if (since < 0) {
            throw ApiException.badRequest("invalid_since", "since must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("invalid_limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return feed.read(since, TopicList.parse(topics), limit);
    }
}
