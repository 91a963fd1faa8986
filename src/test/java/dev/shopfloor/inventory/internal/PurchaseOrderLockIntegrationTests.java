package dev.shopfloor.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.inventory.ReorderFixtures;
import dev.shopfloor.partners.Vendors;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A receipt locks its purchase order and then the levels it fills; a stock change that raises an alert holds a
 * level lock and links the alert to the open order covering the SKU (a foreign key, so a KEY SHARE lock on the
 * order). The order lock must not block that, or the two would deadlock.
 */
class PurchaseOrderLockIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Vendors vendors;

    @Autowired
    PurchaseOrderRepository orders;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anAlertLinksToAnOrderThatAReceiptHasLocked() throws Exception {
        var fixtures = new ReorderFixtures(jdbc, admin(), vendors);
        UUID location = fixtures.location();
        String sku = fixtures.item(fixtures.vendor());
        UUID level = fixtures.level(sku, location, 10, 3, 0);
        UUID order = UUID.fromString(admin().post(
                        "/api/inventory/purchase-orders",
                        Map.of("locationId", location.toString(), "lines", List.of(Map.of("sku", sku, "quantity", 5))))
                .id());

        // Own threads: the common pool may have a single worker on a small machine.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> receipt = CompletableFuture.runAsync(
                () -> CurrentActor.runAs(
                        Actor.system("test"),
                        () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                            orders.lock(order);
                            locked.countDown();
                            await(release);
                        })),
                threads);
        try {
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> take = CompletableFuture.runAsync(() -> fixtures.take(level, 7), threads);
            take.get(20, TimeUnit.SECONDS);
        } finally {
            release.countDown();
        }
        receipt.get(30, TimeUnit.SECONDS);
        threads.shutdown();

        UUID linked = jdbc.sql("SELECT purchase_order_id FROM stock_alerts WHERE level_id = :level AND status = 'open'")
                .param("level", level)
                .query(UUID.class)
                .single();
        assertThat(linked).isEqualTo(order);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
