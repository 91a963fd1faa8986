package dev.shopfloor.catalog.internal;

import dev.shopfloor.catalog.CatalogItem.Variant;
import dev.shopfloor.catalog.ItemInput.VariantInput;
import dev.shopfloor.platform.Ids;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What replacing an item's variant set means row by row. A wanted variant keeps the id of the existing one
 * it names by id, else of the one with its SKU; only rows that really differ are updated.
 */
record VariantPlan(List<VariantValues> inserts, List<VariantValues> updates, List<UUID> deletes) {

    static final VariantPlan NONE = new VariantPlan(List.of(), List.of(), List.of());

    static VariantPlan of(UUID itemId, List<Variant> existing, List<VariantInput> wanted) {
        Map<UUID, Variant> byId = new HashMap<>();
        Map<String, Variant> bySku = new HashMap<>();
        existing.forEach(v -> {
            byId.put(v.id(), v);
            bySku.put(key(v.sku()), v);
        });
        List<VariantValues> inserts = new ArrayList<>();
        List<VariantValues> updates = new ArrayList<>();
        Set<UUID> kept = new HashSet<>();
        for (VariantInput w : wanted) {
            Variant match = w.id() == null ? null : byId.get(w.id());
            if (match == null || kept.contains(match.id())) {
                match = bySku.get(key(w.sku()));
            }
            if (match != null && kept.add(match.id())) {
                if (differs(match, w)) {
                    updates.add(values(match.id(), itemId, w));
                }
            } else {
                inserts.add(values(Ids.newId(), itemId, w));
            }
        }
        List<UUID> deletes = existing.stream()
                .map(Variant::id)
                .filter(id -> !kept.contains(id))
                .toList();
        return new VariantPlan(inserts, updates, deletes);
    }

    boolean changes() {
        return !inserts.isEmpty() || !updates.isEmpty() || !deletes.isEmpty();
    }

    static String key(String sku) {
        return sku.trim().toLowerCase(Locale.ROOT);
    }

    private static VariantValues values(UUID id, UUID itemId, VariantInput w) {
        return new VariantValues(id, itemId, w.sku().trim(), w.size(), w.color(), w.price());
    }

    private static boolean differs(Variant v, VariantInput w) {
        return !v.sku().equals(w.sku().trim())
                || !Objects.equals(v.size(), w.size())
                || !Objects.equals(v.color(), w.color())
                || !samePrice(v.price(), w.price());
    }

    private static boolean samePrice(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
