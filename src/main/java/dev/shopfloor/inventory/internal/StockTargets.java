package dev.shopfloor.inventory.internal;

import dev.shopfloor.catalog.Catalog;
import dev.shopfloor.catalog.SkuInfo;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.platform.web.ApiException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Checks what a stock write names before anything is written: SKUs the catalog knows (and, for a VENDOR, only
 * its own vendor's; the catalog's row security hides the others already) and existing, active locations.
 */
@Component
class StockTargets {

    private final Catalog catalog;
    private final LocationRepository locations;

    StockTargets(Catalog catalog, LocationRepository locations) {
        this.catalog = catalog;
        this.locations = locations;
    }

    /** The catalog's entries for these SKUs keyed by lower-case SKU, or 422 {@code unknown_sku} naming the rest. */
    Map<String, SkuInfo> skus(Collection<String> skus) {
        Map<String, SkuInfo> found = catalog.lookupSkus(skus);
        Actor actor = CurrentActor.get();
        List<String> unknown = skus.stream()
                .filter(sku -> {
                    SkuInfo info = found.get(sku.toLowerCase(Locale.ROOT));
                    return info == null
                            || (actor.role() == Role.VENDOR && !Objects.equals(info.vendorId(), actor.vendorId()));
                })
                .distinct()
                .toList();
        if (!unknown.isEmpty()) {
            throw new ApiException(
                    org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT,
                    "unknown_sku",
                    "the catalog has no SKU " + String.join(", ", unknown),
                    Map.of("skus", unknown));
        }
        return found;
    }

    /** 422 {@code unknown_location} unless every id is an existing, active location. */
    void activeLocations(Collection<UUID> ids) {
        Set<UUID> active = locations.activeAmong(ids);
        List<UUID> refused =
                ids.stream().filter(id -> !active.contains(id)).distinct().toList();
        if (!refused.isEmpty()) {
            throw ApiException.unprocessable(
                    "unknown_location", "no active location " + refused + "; create it or reactivate it first");
        }
    }
}
