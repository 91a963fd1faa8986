package dev.shopfloor.changefeed;

import dev.shopfloor.changefeed.internal.ChangeLog;
import dev.shopfloor.changefeed.internal.Hub;
import dev.shopfloor.changefeed.internal.Retention;
import dev.shopfloor.changefeed.internal.SyncAccess;
import dev.shopfloor.changefeed.internal.Topics;
import dev.shopfloor.changefeed.internal.Visibility;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.web.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The way into live sync from other modules: listen to every committed change on this node in seq order, or
 * read the ordered log (filtered by what the current actor may read).
 */
@Service
public class ChangeFeed {

    private final ChangeLog log;
    private final Hub hub;
    private final Topics topics;
    private final Retention retention;

    ChangeFeed(ChangeLog log, Hub hub, Topics topics, Retention retention) {
        this.log = log;
        this.hub = hub;
        this.topics = topics;
        this.retention = retention;
    }

    /**
     * Registers an in-process listener: from now on it gets every event of every topic on this node, once, in
     * seq order, on the tailer thread (it must be quick and must not block). Close the result to stop.
     */
    public Registration subscribe(LocalListener listener) {
        hub.add(listener);
        return () -> hub.remove(listener);
    }

    /** The highest seq stamped so far: every change up to it is readable. */
    public long headSeq() {
        return log.head().head();
    }

    /** The topics (synced tables). */
    public Set<String> topics() {
        return topics.known();
    }

    /**
     * Up to {@code limit} events after {@code since} of these topics (empty = all the current actor may read),
     * in seq order, and the head they were read at. Unknown topic -> 400 unknown_topic, one the actor may not
     * read -> 403 forbidden_topic, {@code since} older than the kept log -> 410 resync_required.
     */
    public Changes read(long since, List<String> requestedTopics, int limit) {
        Actor actor = CurrentActor.get();
        List<String> unknown = topics.unknown(requestedTopics);
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("unknown_topic", "Unknown topics: " + String.join(", ", unknown));
        }
        List<String> forbidden = SyncAccess.forbidden(actor, requestedTopics);
        if (!forbidden.isEmpty()) {
            throw new ApiException(
                    HttpStatus.FORBIDDEN,
                    "forbidden_topic",
                    "Not readable by this role: " + String.join(", ", forbidden));
        }
        ChangeLog.Head head = log.head();
        if (since < head.prunedThrough()) {
            throw new ApiException(
                    HttpStatus.GONE,
                    "resync_required",
                    "Changes after " + since + " are no longer kept (oldest kept: " + (head.prunedThrough() + 1)
                            + "); reload and continue from headSeq " + head.head());
        }
        Visibility visibility = SyncAccess.visibility(actor, requestedTopics, topics.known());
        return new Changes(log.read(since, head.head(), visibility, limit), head.head());
    }

    /** Prunes changes written before {@code cutoff} now (retention does this on its own schedule). */
    public int pruneBefore(Instant cutoff) {
        return retention.pruneBefore(cutoff);
    }

    /** Stops a listener: {@code try (var r = feed.subscribe(...)) {...}} or keep it and close it at shutdown. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * A page of the log. When {@code items} has fewer than the asked limit, the reader has everything up to
     * {@code headSeq} and continues from there; otherwise from the last item's seq.
     */
    public record Changes(List<ChangeEvent> items, long headSeq) {}
}
