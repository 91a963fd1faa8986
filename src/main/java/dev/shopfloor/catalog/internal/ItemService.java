package dev.shopfloor.catalog.internal;

import dev.shopfloor.catalog.BulkReport.RowError;
import dev.shopfloor.catalog.CatalogItem;
import dev.shopfloor.catalog.ItemFilter;
import dev.shopfloor.catalog.ItemInput;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Items one at a time: create, replace (with the variant set), delete, read and list. */
@Service
public class ItemService {

    private static final String ITEM = "catalog item";

    private final ItemRepository items;
    private final ItemSearch search;
    private final ItemWriter writer;
    private final References references;
    private final JsonMapper json;
    private final CatalogCaches caches;

    ItemService(
            ItemRepository items,
            ItemSearch search,
            ItemWriter writer,
            References references,
            JsonMapper json,
            CatalogCaches caches) {
        this.items = items;
        this.search = search;
        this.writer = writer;
        this.references = references;
        this.json = json;
        this.caches = caches;
    }

    @Transactional
    public CatalogItem create(ItemInput in) {
        ItemValues values = checked(Ids.newId(), in);
        VariantPlan variants = VariantPlan.of(values.id(), List.of(), variantsOf(in));
        ItemRules.claimingSkus(() -> {
            writer.insertItems(List.of(values));
            writer.insertVariants(variants.inserts());
            return null;
        });
        caches.invalidateOnCommit(List.of(values.id()));
        return items.findById(values.id()).orElseThrow();
    }

    /** Replaces the item and its variant set; variants keep their ids, unchanged rows are not written. */
    @Transactional
    public CatalogItem replace(UUID id, ItemInput in, ExpectedVersion expected) {
        CatalogItem current = lockExpecting(id, expected);
        ItemValues values = checked(id, in);
        VariantPlan variants = VariantPlan.of(id, current.variants(), variantsOf(in));
        ItemRules.claimingSkus(() -> {
            writer.deleteVariants(variants.deletes());
            writer.updateVariants(variants.updates());
            writer.insertVariants(variants.inserts());
            return writer.updateItems(List.of(values), variants.changes() ? Set.of(id) : Set.of());
        });
        caches.invalidateOnCommit(List.of(id));
        return items.findById(id).orElseThrow();
    }

    /** Deletes an item with its variants; refused with 409 has_dependents once order lines refer to it. */
    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        lockExpecting(id, expected);
        try {
            writer.deleteItem(id);
            caches.invalidateOnCommit(List.of(id));
        } catch (DataIntegrityViolationException e) {
            if (ItemRules.sqlState(e).equals("23503")) {
                throw ApiException.conflict(
                        "has_dependents", "order lines refer to catalog item " + id + "; archive it instead");
            }
            throw e;
        }
    }

    @Transactional(readOnly = true)
    public CatalogItem get(UUID id) {
        return visible(items.findById(id)).orElseThrow(() -> ApiException.notFound(ITEM, id));
    }

    @Transactional(readOnly = true)
    public Optional<CatalogItem> find(UUID id) {
        return visible(items.findById(id));
    }

    @Transactional(readOnly = true)
    public Optional<CatalogItem> findBySku(String sku) {
        return visible(items.findBySkus(List.of(sku)).values().stream().findFirst())
                .map(items::withVariants);
    }

    @Transactional(readOnly = true)
    public Page<CatalogItem> list(ItemFilter filter, @Nullable String cursor, @Nullable Integer limit) {
        int size = Cursor.limit(limit);
        UUID confined = ItemRules.confinedVendor();
        ItemFilter scoped = confined == null ? filter : filter.withVendor(confined);
        if (confined != null && filter.vendorId() != null && !filter.vendorId().equals(confined)) {
            return new Page<>(List.of(), null);
        }
        return Page.of(search.find(scoped, Cursor.after(cursor), size + 1), size, i -> Cursor.of(i.id()));
    }

    /** Whether no item or variant uses this SKU (case-insensitively), whoever's it is. */
    @Transactional(readOnly = true)
    public boolean skuAvailable(String sku) {
        return items.skuOwners(List.of(sku.trim())).isEmpty();
    }

    private Optional<CatalogItem> visible(Optional<CatalogItem> item) {
        UUID confined = ItemRules.confinedVendor();
        return item.filter(i -> confined == null || confined.equals(i.vendorId()));
    }

    /** Locks the item for this transaction and checks the writer's expected version against the locked row. */
    private CatalogItem lockExpecting(UUID id, ExpectedVersion expected) {
        int version = items.lockVersion(id).orElseThrow(() -> ApiException.notFound(ITEM, id));
        CatalogItem current = get(id);
        if (expected.value() != null && !Objects.equals(expected.value(), version)) {
            throw expected.stale(ITEM, id);
        }
        return current;
    }

    private ItemValues checked(UUID id, ItemInput in) {
        ItemValues values = ItemValues.of(id, in, ItemRules.vendorFor(in.vendorId()), specsJson(in.specs()));
        List<RowError> errors = new ArrayList<>(ItemRules.skusWithinItem(in));
        errors.addAll(references.missing(List.of(values)).of(values));
        if (!errors.isEmpty()) {
            throw ItemRules.invalid(errors);
        }
        return values;
    }

    String specsJson(@Nullable Map<String, Object> specs) {
        return json.writeValueAsString(specs == null ? Map.of() : specs);
    }

    private static List<ItemInput.VariantInput> variantsOf(ItemInput in) {
        return in.variants() == null ? List.of() : in.variants();
    }
}
