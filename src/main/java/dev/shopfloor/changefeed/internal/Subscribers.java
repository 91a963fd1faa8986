package dev.shopfloor.changefeed.internal;

import dev.shopfloor.changefeed.ChangeEvent;
import dev.shopfloor.platform.context.Actor;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Opens push subscribers and gives them what they share: the log, the hub, topics, metrics, JSON. */
@Component
public class Subscribers {

    private static final Duration FORCE_CLOSE_AFTER = Duration.ofSeconds(5);

    private final Hub hub;
    private final ChangeLog log;
    private final Topics topics;
    private final SyncMetrics metrics;
    private final ChangeFeedProperties props;
    private final JsonMapper json;
    private final Map<Long, String> recentJson = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > 4096;
        }
    };

    Subscribers(
            Hub hub, ChangeLog log, Topics topics, SyncMetrics metrics, ChangeFeedProperties props, JsonMapper json) {
        this.hub = hub;
        this.log = log;
        this.topics = topics;
        this.metrics = metrics;
        this.props = props;
        this.json = json;
    }

    /** A new push connection of this actor; it receives nothing until it subscribes. */
    public Subscriber open(Transport transport, Actor actor) {
        Subscriber subscriber = new Subscriber(this, transport, actor);
        subscriber.start();
        return subscriber;
    }

    /** The subscription, or null after telling the peer what is wrong (the connection stays open). */
    Subscriber.@Nullable Subscription check(
            Actor actor, List<String> requested, SubscriptionFilter filter, Transport transport) throws IOException {
        List<String> unknown = topics.unknown(requested);
        if (!unknown.isEmpty()) {
            transport.control("error", error("unknown_topic", "Unknown topics: " + String.join(", ", unknown)));
            return null;
        }
        List<String> forbidden = SyncAccess.forbidden(actor, requested);
        if (!forbidden.isEmpty()) {
            transport.control(
                    "error", error("forbidden_topic", "Not readable by this role: " + String.join(", ", forbidden)));
            return null;
        }
        return new Subscriber.Subscription(SyncAccess.visibility(actor, requested, topics.known()), filter);
    }

    String json(ChangeEvent event) {
        synchronized (recentJson) {
            String cached = recentJson.get(event.seq());
            if (cached != null) {
                return cached;
            }
        }
        String text = json.writeValueAsString(event);
        synchronized (recentJson) {
            recentJson.put(event.seq(), text);
        }
        return text;
    }

    String error(String code, String detail) {
        ObjectNode node =
                json.createObjectNode().put("type", "error").put("code", code).put("detail", detail);
        return json.writeValueAsString(node);
    }

    String resync(long since, long prunedThrough) {
        ObjectNode node = json.createObjectNode()
                .put("type", "resync")
                .put(
                        "reason",
                        "since " + since + " is older than the oldest kept change (" + (prunedThrough + 1)
                                + "); reload and subscribe again");
        return json.writeValueAsString(node);
    }

    void opened(Subscriber subscriber) {
        metrics.connected();
    }

    void register(Subscriber subscriber) {
        hub.add(subscriber);
    }

    void closed(Subscriber subscriber) {
        hub.remove(subscriber);
        metrics.disconnected();
    }

    /** A subscriber cut off as too slow may be stuck writing to a peer that stopped reading: close it anyway. */
    void forceCloseLater(Subscriber subscriber) {
        Thread.ofVirtual().name("sync-force-close").start(() -> {
            try {
                Thread.sleep(FORCE_CLOSE_AFTER);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!subscriber.isClosed()) {
                subscriber.transport().close();
            }
        });
    }

    int maxQueuedEvents() {
        return props.maxQueuedEvents();
    }

    Duration heartbeat() {
        return props.heartbeat();
    }

    ChangeLog log() {
        return log;
    }

    SyncMetrics metrics() {
        return metrics;
    }
}
