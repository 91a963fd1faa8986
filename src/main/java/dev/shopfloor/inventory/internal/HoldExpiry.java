package dev.shopfloor.inventory.internal;

import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks lapsed holds expired, which lowers the stored stock_levels.reserved. Availability never waits for
 * this job (stock_availability ignores lapsed holds at once); it keeps the books tidy. Safe on several nodes:
 * each batch locks its levels with SKIP LOCKED, so two nodes never work on the same level.
 */
@Component
class HoldExpiry {

    private static final String LAPSED_LEVELS = """
            SELECT DISTINCT level_id
            FROM stock_reservations
            WHERE status = 'active'
              AND expires_at <= now()
            LIMIT 500
            """;

    private final JdbcClient jdbc;
    private final LevelLocks locks;
    private final TransactionTemplate transaction;

    HoldExpiry(JdbcClient jdbc, LevelLocks locks, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.locks = locks;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${shopfloor.inventory.hold-expiry-interval:PT10S}")
    void run() {
        CurrentActor.runAs(Actor.system("hold-expiry"), () -> {
            int expired;
            do {
                expired = expireBatch();
            } while (expired > 0);
        });
    }

    /** The number of levels whose lapsed holds this batch freed. */
    int expireBatch() {
        Integer done = transaction.execute(status -> {
            List<UUID> levels = jdbc.sql(LAPSED_LEVELS).query(UUID.class).list();
            return locks.lockAvailable(levels).size();
        });
        return done == null ? 0 : done;
    }
}
