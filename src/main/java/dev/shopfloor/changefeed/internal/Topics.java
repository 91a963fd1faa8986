package dev.shopfloor.changefeed.internal;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The known topics: the tables carrying the change-log trigger, re-read when an unknown one is asked for. */
@Component
public class Topics {

    private static final long REFRESH_AT_MOST_EVERY_NANOS = 5_000_000_000L;

    private final ChangeLog log;
    private volatile Set<String> known = Set.of();
    private volatile long loadedAt;

    Topics(ChangeLog log) {
        this.log = log;
    }

    public Set<String> known() {
        if (known.isEmpty()) {
            reload();
        }
        return known;
    }

    public List<String> unknown(List<String> requested) {
        List<String> unknown = SyncAccess.unknown(requested, known());
        if (!unknown.isEmpty() && System.nanoTime() - loadedAt > REFRESH_AT_MOST_EVERY_NANOS) {
            reload();
            unknown = SyncAccess.unknown(requested, known);
        }
        return unknown;
    }

    private void reload() {
        known = Set.copyOf(log.topics());
        loadedAt = System.nanoTime();
    }
}
