package dev.shopfloor.changefeed.internal;

import dev.shopfloor.changefeed.ChangeEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** shopfloor_sync_*: connected subscribers, events sent, commit-to-send lag, dropped slow consumers. */
@Component
public class SyncMetrics {

    private final AtomicInteger connected = new AtomicInteger();
    private final Counter sent;
    private final Counter dropped;
    private final Timer lag;

    SyncMetrics(MeterRegistry registry) {
        Gauge.builder("shopfloor.sync.subscribers", connected, AtomicInteger::get)
                .description("Push subscribers (WebSocket and SSE) connected to this node")
                .register(registry);
        sent = Counter.builder("shopfloor.sync.events.sent")
                .description("Change events sent to push subscribers")
                .register(registry);
        dropped = Counter.builder("shopfloor.sync.slow.consumers.dropped")
                .description("Subscribers disconnected because they fell too far behind")
                .register(registry);
        lag = Timer.builder("shopfloor.sync.lag")
                .description("From the change being written to its event being sent to a subscriber")
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }

    void connected() {
        connected.incrementAndGet();
    }

    void disconnected() {
        connected.decrementAndGet();
    }

    void sent(ChangeEvent event) {
        sent.increment();
        lag.record(Duration.between(event.at(), Instant.now()).abs());
    }

    void dropped() {
        dropped.increment();
    }

    public double droppedCount() {
        return dropped.count();
    }

    public int connectedCount() {
        return connected.get();
    }
}
