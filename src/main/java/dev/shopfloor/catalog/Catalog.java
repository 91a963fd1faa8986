package dev.shopfloor.catalog;

import dev.shopfloor.catalog.ReferenceInputs.CategoryInput;
import dev.shopfloor.catalog.ReferenceInputs.FabricInput;
import dev.shopfloor.catalog.ReferenceInputs.SportInput;
import dev.shopfloor.catalog.internal.BulkUpsert;
import dev.shopfloor.catalog.internal.CategoryService;
import dev.shopfloor.catalog.internal.ItemService;
import dev.shopfloor.catalog.internal.SkuLookup;
import dev.shopfloor.catalog.internal.SportsAndFabrics;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The way into the catalog for other modules and the demo data. Every method runs in its own transaction with
 * the current actor's context (a VENDOR actor sees and writes only its own vendor's items).
 */
@Service
public class Catalog {

    private final ItemService items;
    private final BulkUpsert bulk;
    private final CategoryService categories;
    private final SportsAndFabrics reference;
    private final SkuLookup skus;

    Catalog(
            ItemService items,
            BulkUpsert bulk,
            CategoryService categories,
            SportsAndFabrics reference,
            SkuLookup skus) {
        this.items = items;
        this.bulk = bulk;
        this.categories = categories;
        this.reference = reference;
        this.skus = skus;
    }

    /** SKUs of items and variants, case-insensitively, keyed by lower-case SKU; unknown SKUs are absent. */
    public Map<String, SkuInfo> lookupSkus(Collection<String> skus) {
        return this.skus.find(skus);
    }

    public Optional<CatalogItem> findItem(UUID id) {
        return items.find(id);
    }

    /** The item with this SKU (its own, not a variant's), case-insensitively. */
    public Optional<CatalogItem> findItemBySku(String sku) {
        return items.findBySku(sku);
    }

    public CatalogItem createItem(ItemInput item) {
        return items.create(item);
    }

    /** Upsert by SKU; with {@code atomic} any bad row saves nothing and throws 422 {@code bulk_rejected}. */
    public BulkReport bulkUpsert(List<ItemInput> rows, boolean atomic) {
        return bulk.upsert(
                IntStream.range(0, rows.size())
                        .mapToObj(i -> BulkLine.of(i + 1, rows.get(i)))
                        .toList(),
                atomic);
    }

    public Category createCategory(String name, @Nullable UUID parentId) {
        return categories.create(new CategoryInput(name, parentId, null));
    }

    public List<Category> categoryTree() {
        return categories.tree();
    }

    public Sport createSport(String name, @Nullable String description) {
        return reference.createSport(new SportInput(name, description, null));
    }

    public Fabric createFabric(
            String name, @Nullable String composition, @Nullable Integer weightGsm, @Nullable String description) {
        return reference.createFabric(new FabricInput(name, composition, weightGsm, description, null));
    }
}
