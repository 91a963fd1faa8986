package dev.shopfloor.platform.idempotency;

import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes keys older than {@code shopfloor.idempotency.retention}. Safe on every node at once: the DELETE is by
 * age, so two nodes purging together delete each row once between them and wait for nothing else.
 */
@Component
class IdempotencyPurge {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final IdempotencyKeys keys;
    private final IdempotencyProperties props;
    private final TransactionTemplate transactions;

    IdempotencyPurge(IdempotencyKeys keys, IdempotencyProperties props, PlatformTransactionManager tx) {
        this.keys = keys;
        this.props = props;
        this.transactions = new TransactionTemplate(tx);
    }

    @Scheduled(
            initialDelayString = "${shopfloor.idempotency.purge-interval:15m}",
            fixedDelayString = "${shopfloor.idempotency.purge-interval:15m}")
    void purgeExpired() {
        try {
            int deleted = purgeOlderThan(props.retention());
            if (deleted > 0) {
                log.info("Purged {} idempotency keys older than {}", deleted, props.retention());
            }
        } catch (RuntimeException e) {
            log.warn("Purging idempotency keys failed", e);
        }
    }

    /** Deletes the keys created longer than {@code retention} ago; returns how many. */
    int purgeOlderThan(Duration retention) {
        return CurrentActor.runAs(
                Actor.system("idempotency-purge"),
                () -> transactions.execute(status -> keys.purgeOlderThan(retention)));
    }
}
