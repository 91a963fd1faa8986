package dev.shopfloor.changefeed.internal;

import dev.shopfloor.changefeed.ChangeEvent;
import dev.shopfloor.changefeed.LocalListener;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * This node's subscribers. The tailer hands it each batch in seq order; local listeners are called in line,
 * push subscribers only get the event queued (never blocking the tailer).
 */
@Component
public class Hub {

    private static final Logger log = LoggerFactory.getLogger(Hub.class);

    private final List<LocalListener> locals = new CopyOnWriteArrayList<>();
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

    public void add(LocalListener listener) {
        locals.add(listener);
    }

    public void remove(LocalListener listener) {
        locals.remove(listener);
    }

    void add(Subscriber subscriber) {
        subscribers.add(subscriber);
    }

    void remove(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    void publish(List<ChangeEvent> batch) {
        for (ChangeEvent event : batch) {
            for (LocalListener listener : locals) {
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    log.warn("Change listener {} failed on seq {}", listener, event.seq(), e);
                }
            }
            for (Subscriber subscriber : subscribers) {
                subscriber.offer(event);
            }
        }
    }
}
