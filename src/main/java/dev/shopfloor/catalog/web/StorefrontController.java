package dev.shopfloor.catalog.web;

import dev.shopfloor.catalog.CatalogItem;
import dev.shopfloor.catalog.ItemFilter;
import dev.shopfloor.catalog.internal.CatalogReads;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ETags;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The storefront's read-only view: published items only, no sign-in. {@code available} is null until the
 * inventory module provides live stock.
 */
@RestController
@RequestMapping("/api/public/catalog")
@Tag(name = "Storefront", description = "Published catalog items, no sign-in")
class StorefrontController {

    private final CatalogReads items;

    StorefrontController(CatalogReads items) {
        this.items = items;
    }

    @GetMapping
    @Access.Public
    @Operation(summary = "List published items, newest first (filters q, categoryId incl. sub-categories, sportId)")
    Page<PublicItem> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UUID categoryId,
            @RequestParam(required = false) @Nullable UUID sportId,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        ItemFilter filter = new ItemFilter(q, categoryId, sportId, null, null, "published", null, null);
        return items.list(filter, cursor, limit).map(PublicItem::of);
    }

    @GetMapping("/{sku}")
    @Access.Public
    @Operation(summary = "Read a published item by SKU (ETag; If-None-Match gives 304)")
    ResponseEntity<PublicItem> get(@PathVariable String sku, WebRequest request) {
        CatalogItem item = items.findBySku(sku)
                .filter(CatalogItem::published)
                .orElseThrow(() -> ApiException.notFound("published item", sku));
        return ETags.ok(request, PublicItem.of(item), item.version());
    }

    /** What a shopper sees; variant prices are resolved (a variant without its own price costs the item's). */
    record PublicItem(
            UUID id,
            int version,
            String sku,
            String name,
            @Nullable String description,
            BigDecimal price,
            String currency,
            String fulfillment,
            @Nullable UUID categoryId,
            List<UUID> sportIds,
            List<UUID> fabricIds,
            Map<String, Object> specs,
            List<PublicVariant> variants,
            @Nullable Integer available,
            Instant updatedAt) {

        static PublicItem of(CatalogItem i) {
            return new PublicItem(
                    i.id(),
                    i.version(),
                    i.sku(),
                    i.name(),
                    i.description(),
                    i.price(),
                    i.currency(),
                    i.fulfillment(),
                    i.categoryId(),
                    i.sportIds(),
                    i.fabricIds(),
                    i.specs(),
                    i.variants().stream()
                            .map(v -> new PublicVariant(
                                    v.sku(), v.size(), v.color(), v.price() != null ? v.price() : i.price(), null))
                            .toList(),
                    null,
                    i.updatedAt());
        }
    }

    record PublicVariant(
            String sku,
            @Nullable String size,
            @Nullable String color,
            BigDecimal price,
            @Nullable Integer available) {}
}
