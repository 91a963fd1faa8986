package dev.shopfloor.changefeed.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code shopfloor.changefeed}.
 *
 * @param retention how long the log keeps changes; a reader asking for older ones is told to resync
 * @param pruneInterval how often a node tries to prune (one node at a time does)
 * @param pollInterval the safety-net poll of the stamper and tailer when no notification wakes them
 * @param batch rows stamped or read per statement
 * @param maxQueuedEvents events one connection may have waiting before it is cut off as too slow
 * @param heartbeat how often an idle push connection gets a ping (WebSocket) or comment (SSE)
 */
@ConfigurationProperties("shopfloor.changefeed")
public record ChangeFeedProperties(
        Duration retention,
        Duration pruneInterval,
        Duration pollInterval,
        int batch,
        int maxQueuedEvents,
        Duration heartbeat) {

    public ChangeFeedProperties {
        retention = retention == null ? Duration.ofDays(7) : retention;
        pruneInterval = pruneInterval == null ? Duration.ofMinutes(10) : pruneInterval;
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        batch = batch <= 0 ? 1000 : batch;
        maxQueuedEvents = maxQueuedEvents <= 0 ? 1000 : maxQueuedEvents;
        heartbeat = heartbeat == null ? Duration.ofSeconds(25) : heartbeat;
    }
}
