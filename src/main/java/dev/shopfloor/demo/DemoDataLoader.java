package dev.shopfloor.demo;

import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code shopfloor.demo-data=true} (env {@code SHOPFLOOR_DEMO_DATA=true}) fills an empty database at start,
 * in one transaction as the system actor {@code demo-data}: all of it or nothing, and a database that already
 * holds vendors or customers is left alone. Runs before the app reports ready.
 */
@Component
@ConditionalOnBooleanProperty("shopfloor.demo-data")
class DemoDataLoader implements ApplicationRunner {

    static final Actor ACTOR = Actor.system("demo-data");
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataWriter writer;
    private final TransactionTemplate transaction;
    private final DemoDataSize size;

    DemoDataLoader(
            DemoDataWriter writer,
            PlatformTransactionManager transactions,
            @Value("${shopfloor.demo-seed:20261123}") long seed) {
        this.writer = writer;
        this.transaction = new TransactionTemplate(transactions);
        this.size = DemoDataSize.standard(seed);
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Fills the database unless it already holds data; true when it did. */
    boolean load() {
        long started = System.nanoTime();
        Boolean loaded = CurrentActor.runAs(
                ACTOR,
                () -> transaction.execute(tx -> {
                    if (!writer.databaseIsEmpty()) {
                        return false;
                    }
                    writer.write(size, Clock.systemUTC().instant());
                    return true;
                }));
        if (Boolean.TRUE.equals(loaded)) {
            log.info(
                    "Demo data loaded in {} ms: {} vendors, {} stores, {} customers, {} catalog items, {} orders, {}"
                            + " made-to-order orders in production",
                    (System.nanoTime() - started) / 1_000_000,
                    size.vendors(),
                    DemoPartners.STORES.size(),
                    size.customers(),
                    size.items(),
                    size.orders(),
                    size.productionOrders());
        } else {
            log.info("Demo data skipped: the database already holds vendors or customers");
        }
        return Boolean.TRUE.equals(loaded);
    }
}
