package dev.shopfloor.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.catalog.CatalogItem;
import dev.shopfloor.catalog.ItemFilter;
import dev.shopfloor.changefeed.ChangeEvent;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.Page;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stale-load race, made deterministic with latches: a load reads the old row, the change's event is
 * processed while the load is still running, then the load tries to store what it read.
 */
class CatalogCachesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CatalogCaches caches = new CatalogCaches(CatalogCacheProperties.defaults(), meters);

    @Test
    void aLoadThatStartedBeforeAnInvalidationIsNotCached() throws Exception {
        CatalogItem old = item(Ids.newId(), "10.00");
        CountDownLatch loaded = new CountDownLatch(1);
        CountDownLatch invalidated = new CountDownLatch(1);

        CompletableFuture<Void> loader = CompletableFuture.runAsync(() -> {
            long generation = caches.generation();
            loaded.countDown(); // the old row has been read from the database
            await(invalidated);
            caches.putItem(old, generation);
        });
        await(loaded);
        caches.onEvent(event("catalog_items", old.id(), Map.of("id", old.id().toString())));
        invalidated.countDown();
        loader.get(10, TimeUnit.SECONDS);

        assertThat(caches.item(old.id())).isNull();
        assertThat(meters.get("shopfloor.cache.discarded.loads").counter().count())
                .isEqualTo(1);
    }

    @Test
    void aLoadWithNoChangeInBetweenIsCachedAndItsItemsEventRemovesIt() {
        CatalogItem item = item(Ids.newId(), "10.00");
        caches.putItem(item, caches.generation());
        assertThat(caches.item(item.id())).isEqualTo(item);

        caches.onEvent(event("catalog_items", item.id(), Map.of("id", item.id().toString())));

        assertThat(caches.item(item.id())).isNull();
    }

    @Test
    void aVariantEventInvalidatesItsItem() {
        CatalogItem item = item(Ids.newId(), "10.00");
        CatalogItem other = item(Ids.newId(), "12.00");
        caches.putItem(item, caches.generation());
        caches.putItem(other, caches.generation());

        caches.onEvent(event(
                "catalog_variants", Ids.newId(), Map.of("itemId", item.id().toString())));

        assertThat(caches.item(item.id())).isNull();
        assertThat(caches.item(other.id())).isEqualTo(other);
    }

    @Test
    void aListPageLoadedBeforeAnyCatalogChangeIsNeverReadAfterIt() throws Exception {
        ItemFilter filter = ItemFilter.none().withStatus("published");
        Page<CatalogItem> stale = new Page<>(List.of(item(Ids.newId(), "1.00")), null);
        CountDownLatch keyed = new CountDownLatch(1);
        CountDownLatch invalidated = new CountDownLatch(1);

        CompletableFuture<Void> loader = CompletableFuture.runAsync(() -> {
            CatalogCaches.ListKey key = caches.listKey(filter, 50);
            keyed.countDown();
            await(invalidated);
            caches.putList(key, stale);
        });
        await(keyed);
        caches.onEvent(event("catalog_categories", Ids.newId(), Map.of()));
        invalidated.countDown();
        loader.get(10, TimeUnit.SECONDS);

        assertThat(caches.list(caches.listKey(filter, 50))).isNull();
    }

    @Test
    void eventsOfOtherTopicsLeaveTheCachesAlone() {
        CatalogItem item = item(Ids.newId(), "10.00");
        long generation = caches.generation();
        caches.putItem(item, generation);

        caches.onEvent(event("customers", item.id(), Map.of()));

        assertThat(caches.generation()).isEqualTo(generation);
        assertThat(caches.item(item.id())).isEqualTo(item);
    }

    @Test
    void aLocalWriteInvalidatesItsItemsAndTheListsOnlyOnceItsTransactionCommits() {
        CatalogItem written = item(Ids.newId(), "10.00");
        CatalogItem other = item(Ids.newId(), "12.00");
        ItemFilter filter = ItemFilter.none();
        caches.putItem(written, caches.generation());
        caches.putItem(other, caches.generation());
        caches.putList(caches.listKey(filter, 50), new Page<>(List.of(written, other), null));

        TransactionSynchronizationManager.initSynchronization();
        try {
            caches.invalidateOnCommit(List.of(written.id()));
            assertThat(caches.item(written.id())).as("not before the commit").isEqualTo(written);

            TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }

        assertThat(caches.item(written.id())).isNull();
        assertThat(caches.item(other.id())).isEqualTo(other);
        assertThat(caches.list(caches.listKey(filter, 50))).isNull();
    }

    @Test
    void aLocalWriteThatRollsBackInvalidatesNothing() {
        CatalogItem item = item(Ids.newId(), "10.00");
        long generation = caches.generation();
        caches.putItem(item, generation);

        TransactionSynchronizationManager.initSynchronization();
        try {
            caches.invalidateOnCommit(List.of(item.id()));
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }

        assertThat(caches.generation()).isEqualTo(generation);
        assertThat(caches.item(item.id())).isEqualTo(item);
    }

    @Test
    void aLoadThatStartedBeforeALocalWriteCommittedIsNotCached() throws Exception {
        CatalogItem old = item(Ids.newId(), "10.00");
        CountDownLatch loaded = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);

        CompletableFuture<Void> loader = CompletableFuture.runAsync(() -> {
            long generation = caches.generation();
            loaded.countDown(); // the old row has been read from the database
            await(committed);
            caches.putItem(old, generation);
        });
        await(loaded);
        caches.invalidateOnCommit(List.of(old.id())); // no transaction here: the write has committed
        committed.countDown();
        loader.get(10, TimeUnit.SECONDS);

        assertThat(caches.item(old.id())).isNull();
    }

    private static ChangeEvent event(String topic, UUID id, Map<String, Object> data) {
        return new ChangeEvent(
                1, topic, "update", id, 2, JSON.valueToTree(data), List.of("price"), null, null, Instant.now(), null);
    }

    private static CatalogItem item(UUID id, String price) {
        Instant now = Instant.now();
        return new CatalogItem(
                id,
                1,
                "SKU-" + id,
                "Jersey",
                null,
                new BigDecimal(price),
                "EUR",
                "published",
                "stock",
                false,
                null,
                List.of(),
                List.of(),
                null,
                Map.of(),
                List.of(),
                now,
                now);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
