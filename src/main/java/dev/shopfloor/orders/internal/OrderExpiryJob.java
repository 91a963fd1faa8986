package dev.shopfloor.orders.internal;

import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Cancels pending, not fully paid orders whose stock hold has expired ({@code status_note} "reservation
 * expired"). Safe with several nodes: each batch locks its orders with SKIP LOCKED. The holds themselves stop
 * counting at expiry whether or not this job has run yet.
 */
@Component
public class OrderExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(OrderExpiryJob.class);
    private static final int MAX_BATCHES_PER_RUN = 50;

    private final OrderTransitions transitions;
    private final OrderProperties properties;

    OrderExpiryJob(OrderTransitions transitions, OrderProperties properties) {
        this.transitions = transitions;
        this.properties = properties;
    }

    @Scheduled(
            fixedDelayString = "${shopfloor.orders.expiry-interval:30s}",
            initialDelayString = "${shopfloor.orders.expiry-interval:30s}")
    void scheduled() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            log.warn("order expiry run failed; the next run retries", e);
        }
    }

    /** One run: batches until fewer than a full batch was due (bounded); returns how many orders it cancelled. */
    public int runOnce() {
        return CurrentActor.runAs(Actor.system("order-expiry"), () -> {
            int cancelled = 0;
            for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
                int n = transitions.expireDue(properties.expiryBatch());
                cancelled += n;
                if (n < properties.expiryBatch()) {
                    break;
                }
            }
            if (cancelled > 0) {
                log.info("cancelled {} pending orders whose reservation expired", cancelled);
            }
            return cancelled;
        });
    }
}
