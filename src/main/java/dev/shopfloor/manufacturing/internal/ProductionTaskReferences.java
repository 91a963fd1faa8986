package dev.shopfloor.manufacturing.internal;

import dev.shopfloor.catalog.Catalog;
import dev.shopfloor.catalog.SkuInfo;
import dev.shopfloor.inventory.Inventory;
import dev.shopfloor.manufacturing.MaterialInput;
import dev.shopfloor.platform.web.ApiException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Checks what a task refers to, so a bad reference is a 422 with its own code rather than a foreign key error. */
@Component
public class ProductionTaskReferences {

    public static final Set<String> PRIORITIES = Set.of("low", "normal", "high", "urgent");

    private static final String DESIGN_EXISTS = """
            SELECT EXISTS (SELECT 1 FROM design_tasks WHERE id = :id)
            """;

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final Inventory inventory;

    ProductionTaskReferences(JdbcClient jdbc, Catalog catalog, Inventory inventory) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.inventory = inventory;
    }

    /** The catalog entry of the SKU, or 422 {@code unknown_sku}. */
    public SkuInfo sku(String sku) {
        SkuInfo info = catalog.lookupSkus(List.of(sku)).get(sku.toLowerCase(Locale.ROOT));
        if (info == null) {
            throw ApiException.unprocessable("unknown_sku", "no catalog item or variant has SKU " + sku);
        }
        return info;
    }

    /** Every SKU must be in the catalog (422 {@code unknown_sku} naming the missing ones, also as {@code skus}). */
    public void skus(Collection<String> skus) {
        if (skus.isEmpty()) {
            return;
        }
        Map<String, SkuInfo> found = catalog.lookupSkus(skus);
        List<String> missing = skus.stream()
                .filter(s -> !found.containsKey(s.toLowerCase(Locale.ROOT)))
                .distinct()
                .toList();
        if (!missing.isEmpty()) {
            // "skus" names them, so that a client can point at the fields that hold them
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "unknown_sku",
                    "no catalog item or variant has SKU " + missing,
                    Map.of("skus", missing));
        }
    }

    /** Materials: catalog SKUs, existing stages, each SKU at most once per stage. */
    public void materials(List<MaterialInput> materials, StageList stages) {
        Set<String> seen = new HashSet<>();
        for (MaterialInput m : materials) {
            stages.get(m.stage());
            if (!seen.add(m.materialSku().toLowerCase(Locale.ROOT) + "@" + m.stage())) {
                throw ApiException.unprocessable(
                        "duplicate_material", m.materialSku() + " is listed twice for stage " + m.stage());
            }
        }
        skus(materials.stream().map(MaterialInput::materialSku).toList());
    }

    public void priority(@Nullable String priority) {
        if (priority != null && !PRIORITIES.contains(priority)) {
            throw ApiException.unprocessable("invalid_priority", "priority must be low, normal, high or urgent");
        }
    }

    public void location(@Nullable UUID id) {
        if (id != null && inventory.location(id).isEmpty()) {
            throw ApiException.unprocessable("unknown_location", "no location " + id);
        }
    }

    public void designTask(@Nullable UUID id) {
        if (id != null && !exists(DESIGN_EXISTS, id)) {
            throw ApiException.unprocessable("unknown_design_task", "no design task " + id);
        }
    }

    private boolean exists(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Boolean.class).single();
    }
}
