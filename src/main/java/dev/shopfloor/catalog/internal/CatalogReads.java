package dev.shopfloor.catalog.internal;

import dev.shopfloor.catalog.CatalogItem;
import dev.shopfloor.catalog.ItemFilter;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.Page;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The hot catalog reads the API serves, through this node's {@link CatalogCaches}. Deliberately not
 * transactional: the cache generation must be read before the loading transaction starts (see CatalogCaches).
 *
 * <p>Cached values are role-independent: an item row is the same for everyone who may see it, and row-level
 * security only hides rows from a VENDOR. So a hit is shown to a VENDOR only for its own vendor's item (the same
 * rule as the policy), and a VENDOR's lists are keyed by its vendor.
 */
@Service
public class CatalogReads {

    private final ItemService service;
    private final CatalogCaches caches;

    CatalogReads(ItemService service, CatalogCaches caches) {
        this.service = service;
        this.caches = caches;
    }

    public CatalogItem get(UUID id) {
        return find(id).orElseThrow(() -> ApiException.notFound("catalog item", id));
    }

    public Optional<CatalogItem> find(UUID id) {
        CatalogItem cached = caches.item(id);
        if (cached != null) {
            return Optional.of(cached).filter(CatalogReads::visible);
        }
        long generation = caches.generation();
        Optional<CatalogItem> loaded = service.find(id);
        loaded.ifPresent(item -> caches.putItem(item, generation));
        return loaded;
    }

    /** The item with this SKU (its own, not a variant's), case-insensitively. */
    public Optional<CatalogItem> findBySku(String sku) {
        String key = sku.toLowerCase(Locale.ROOT);
        UUID owner = caches.skuOwner(key);
        if (owner != null) {
            Optional<CatalogItem> item = find(owner);
            if (item.isPresent() && item.get().sku().toLowerCase(Locale.ROOT).equals(key)) {
                return item;
            }
            caches.forgetSku(key);
        }
        long generation = caches.generation();
        Optional<CatalogItem> found = service.findBySku(sku);
        found.ifPresent(item -> {
            caches.putSkuOwner(key, item.id());
            caches.putItem(item, generation);
        });
        return found;
    }

    /** Only first pages are cached (one per filter combination and size); later pages go to the database. */
    public Page<CatalogItem> list(ItemFilter filter, @Nullable String cursor, @Nullable Integer limit) {
        int size = Cursor.limit(limit);
        ItemFilter scoped = cursor == null ? cacheable(filter) : null;
        if (scoped == null) {
            return service.list(filter, cursor, size);
        }
        CatalogCaches.ListKey key = caches.listKey(scoped, size);
        Page<CatalogItem> cached = caches.list(key);
        if (cached != null) {
            return cached;
        }
        Page<CatalogItem> page = service.list(scoped, null, size);
        caches.putList(key, page);
        return page;
    }

    /**
     * The filter a list is cached under for the current actor, or null when it must not be cached: stock
     * changes do not invalidate the catalog caches, so lists filtered by stock are always read fresh.
     */
    private static @Nullable ItemFilter cacheable(ItemFilter filter) {
        if (filter.inStock() != null) {
            return null;
        }
        Actor actor = CurrentActor.get();
        if (actor.role() != Role.VENDOR) {
            return filter;
        }
        UUID vendor = actor.vendorId();
        if (vendor == null || (filter.vendorId() != null && !filter.vendorId().equals(vendor))) {
            return null;
        }
        return filter.withVendor(vendor);
    }

    /** The row-level security rule of catalog_items, applied to a cached item. */
    private static boolean visible(CatalogItem item) {
        Actor actor = CurrentActor.get();
        return actor.role() != Role.VENDOR
                || (actor.vendorId() != null && actor.vendorId().equals(item.vendorId()));
    }
}
