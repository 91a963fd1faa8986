package dev.shopfloor.changefeed.internal;

import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Prunes the log of changes older than {@code shopfloor.changefeed.retention}; one node at a time does it. */
@Component
public class Retention implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private static final int BATCH = 5000;
    private static final int MAX_BATCHES_PER_RUN = 200;

    private final ChangeLog changeLog;
    private final ChangeFeedProperties props;
    private ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private volatile boolean running;

    Retention(ChangeLog changeLog, ChangeFeedProperties props) {
        this.changeLog = changeLog;
        this.props = props;
    }

    /** Deletes changes written before {@code cutoff} (a prefix in seq order); returns how many. */
    public int pruneBefore(Instant cutoff) {
        return CurrentActor.runAs(Actor.system("changefeed-retention"), () -> {
            int total = 0;
            for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
                int deleted = changeLog.prune(cutoff, BATCH);
                total += deleted;
                if (deleted < BATCH) {
                    break;
                }
            }
            return total;
        });
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name("changefeed-retention").unstarted(r));
        long every = props.pruneInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::pruneExpired, every, every, TimeUnit.MILLISECONDS);
        running = true;
    }

    private void pruneExpired() {
        try {
            int deleted = pruneBefore(Instant.now().minus(props.retention()));
            if (deleted > 0) {
                log.info("Pruned {} changes older than {}", deleted, props.retention());
            }
        } catch (RuntimeException e) {
            log.warn("Pruning the change log failed", e);
        }
    }

    @Override
    public void stop() {
        running = false;
        scheduler.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
