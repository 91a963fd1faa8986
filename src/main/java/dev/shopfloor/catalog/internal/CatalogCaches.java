package dev.shopfloor.catalog.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.shopfloor.catalog.CatalogItem;
import dev.shopfloor.catalog.ItemFilter;
import dev.shopfloor.changefeed.ChangeEvent;
import dev.shopfloor.changefeed.ChangeFeed;
import dev.shopfloor.changefeed.LocalListener;
import dev.shopfloor.platform.web.Page;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;

/**
 * This node's caches of hot catalog reads: items by id, SKU to item id, and first pages of item lists. The
 * change log invalidates them (every catalog event this node's tailer reads, whoever wrote it and however), and
 * so does every catalog write made through this node's services, right after its transaction commits
 * ({@link #invalidateOnCommit}): a node's own writes are visible to its next read, without waiting for its
 * tailer. Writes on other nodes (and plain SQL) still reach this node only through the change log.
 *
 * <p>Why no cached value outlives a change this node has read or committed, even when a load read the database
 * before the change committed and finishes after the change was invalidated: every invalidation (a catalog
 * event, or a local write once it has committed) first increments {@link #generation} and only then
 * invalidates. A loader reads the generation before its transaction starts ({@link #generation()},
 * {@link #listKey}), so if the generation is unchanged when it stores, no invalidation ran in between, and any
 * change it missed is one this node has neither read nor committed yet (its event will invalidate). The
 * local invalidation must run AFTER the commit: a load that read the incremented generation then starts its
 * transaction after the commit and so sees the change; an increment before the commit would let a load read
 * the new generation and the old row, and cache it until the change's event arrives.
 *
 * <ul>
 *   <li>Items are stored inside {@code asMap().compute(id)}, which re-checks the generation. Caffeine runs a
 *       compute and an {@code invalidate} of the same key one after the other: either the store runs first and
 *       the invalidation removes it, or the invalidation runs first, after the increment, and the store sees
 *       the new generation and gives up.
 *   <li>Lists carry the generation in their key, so a page loaded under an old generation is never read
 *       again; {@code invalidateAll} only frees memory.
 *   <li>SKU to id entries hold no data: a hit counts only if the (guarded) item still has that SKU.
 * </ul>
 *
 * The generation is shared by all invalidations, so a change of one item also discards loads of others that
 * were running at that moment: a few extra misses, never a stale value. A local write is invalidated twice
 * (after its commit, and again when its event is read): one extra miss per written item.
 */
@Component
public class CatalogCaches implements LocalListener, DisposableBean {

    static final Set<String> TOPICS =
            Set.of("catalog_items", "catalog_variants", "catalog_categories", "catalog_sports", "fabrics");

    private final AtomicLong generation = new AtomicLong();
    private final Cache<UUID, CatalogItem> items;
    private final Cache<String, UUID> skus;
    private final Cache<ListKey, Page<CatalogItem>> lists;
    private final Counter discardedLoads;
    private final Counter itemInvalidations;
    private final Counter listInvalidations;
    private @Nullable AutoCloseable subscription;

    /** The first page of a list under one filter combination, as loaded under {@code generation}. */
    record ListKey(long generation, ItemFilter filter, int size) {}

    @Autowired
    CatalogCaches(CatalogCacheProperties settings, MeterRegistry meters, ChangeFeed feed) {
        this(settings, meters);
        this.subscription = feed.subscribe(this);
    }

    CatalogCaches(CatalogCacheProperties settings, MeterRegistry meters) {
        this.items = build(settings.maxItems(), settings);
        this.skus = build(settings.maxItems(), settings);
        this.lists = build(settings.maxLists(), settings);
        monitor(meters, "catalog_items", items);
        monitor(meters, "catalog_skus", skus);
        monitor(meters, "catalog_lists", lists);
        this.discardedLoads = Counter.builder("shopfloor.cache.discarded.loads")
                .description("Loads not cached because a catalog change was read or committed while they ran")
                .register(meters);
        this.itemInvalidations = invalidations(meters, "catalog_items");
        this.listInvalidations = invalidations(meters, "catalog_lists");
    }

    /** Read before a load's transaction starts; hand it back to {@link #putItem}. */
    long generation() {
        return generation.get();
    }

    @Nullable
    CatalogItem item(UUID id) {
        return items.getIfPresent(id);
    }

    /** Caches an item loaded after {@code loadedAt} was read, unless a catalog change was read since. */
    void putItem(CatalogItem item, long loadedAt) {
        AtomicBoolean stored = new AtomicBoolean();
        items.asMap().compute(item.id(), (id, old) -> {
            if (generation.get() != loadedAt) {
                return old;
            }
            stored.set(true);
            return item;
        });
        if (!stored.get()) {
            discardedLoads.increment();
        }
    }

    @Nullable
    UUID skuOwner(String skuKey) {
        return skus.getIfPresent(skuKey);
    }

    void putSkuOwner(String skuKey, UUID itemId) {
        skus.put(skuKey, itemId);
    }

    void forgetSku(String skuKey) {
        skus.invalidate(skuKey);
    }

    /** The key of a list's first page; make it before loading, it carries the current generation. */
    ListKey listKey(ItemFilter filter, int size) {
        return new ListKey(generation.get(), filter, size);
    }

    @Nullable
    Page<CatalogItem> list(ListKey key) {
        return lists.getIfPresent(key);
    }

    void putList(ListKey key, Page<CatalogItem> page) {
        if (key.generation() == generation.get()) {
            lists.put(key, page);
        } else {
            discardedLoads.increment();
        }
    }

    @Override
    public void onEvent(ChangeEvent event) {
        if (!TOPICS.contains(event.topic())) {
            return;
        }
        UUID itemId = itemIdOf(event);
        if (itemId != null) {
            invalidate(Set.of(itemId), false);
        } else {
            invalidate(Set.of(), event.topic().equals("catalog_variants"));
        }
    }

    /**
     * Once the current transaction commits, invalidates these items (their variants included) and every list
     * page, as their events will; call it from every catalog write, with the ids of the items it wrote (none
     * for reference data, which only lists depend on). Nothing happens on rollback. Outside a transaction the
     * write has already committed, so it invalidates at once.
     */
    void invalidateOnCommit(Collection<UUID> itemIds) {
        Set<UUID> ids = Set.copyOf(itemIds);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            invalidate(ids, false);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                invalidate(ids, false);
            }
        });
    }

    /** Increments the generation, then drops the items (all of them with {@code allItems}) and all lists. */
    private void invalidate(Set<UUID> itemIds, boolean allItems) {
        generation.incrementAndGet();
        if (allItems) {
            items.invalidateAll();
            itemInvalidations.increment();
        } else if (!itemIds.isEmpty()) {
            items.invalidateAll(itemIds);
            itemInvalidations.increment();
        }
        lists.invalidateAll();
        listInvalidations.increment();
    }

    @Override
    public void destroy() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
    }

    /** The item an item or variant event is about; null for reference data (categories, sports, fabrics). */
    private static @Nullable UUID itemIdOf(ChangeEvent event) {
        if (event.topic().equals("catalog_items")) {
            return event.id();
        }
        if (event.topic().equals("catalog_variants")) {
            JsonNode itemId = event.data() == null ? null : event.data().get("itemId");
            return itemId == null || !itemId.isString() ? null : UUID.fromString(itemId.asString());
        }
        return null;
    }

    private static <K, V> Cache<K, V> build(long maximumSize, CatalogCacheProperties settings) {
        return Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(settings.maxAge())
                .recordStats()
                .build();
    }

    private static void monitor(MeterRegistry meters, String name, Cache<?, ?> cache) {
        FunctionCounter.builder("shopfloor.cache.gets", cache, c -> c.stats().hitCount())
                .tag("cache", name)
                .tag("result", "hit")
                .register(meters);
        FunctionCounter.builder("shopfloor.cache.gets", cache, c -> c.stats().missCount())
                .tag("cache", name)
                .tag("result", "miss")
                .register(meters);
        FunctionCounter.builder(
                        "shopfloor.cache.evictions", cache, c -> c.stats().evictionCount())
                .description("Entries dropped for size or age (not invalidations)")
                .tag("cache", name)
                .register(meters);
        Gauge.builder("shopfloor.cache.size", cache, Cache::estimatedSize)
                .tag("cache", name)
                .register(meters);
    }

    private static Counter invalidations(MeterRegistry meters, String name) {
        return Counter.builder("shopfloor.cache.invalidations")
                .description("Invalidations caused by change log events and by this node's own committed writes")
                .tag("cache", name)
                .register(meters);
    }
}
