package dev.shopfloor.catalog.web;

import dev.shopfloor.catalog.CatalogItem;
import dev.shopfloor.catalog.ItemFilter;
import dev.shopfloor.catalog.internal.CatalogReads;
import dev.shopfloor.catalog.internal.ItemStock;
import dev.shopfloor.catalog.internal.StockReads;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The storefront's read-only view: published items only, no sign-in. Item data comes through the catalog caches;
 * {@code available} is read fresh for every response (one query per page), and the item's ETag covers it.
 */
@RestController
@RequestMapping("/api/public/catalog")
@Tag(name = "Storefront", description = "Published catalog items with live available stock, no sign-in")
class StorefrontController {

    private final CatalogReads items;
    private final StockReads stock;

    StorefrontController(CatalogReads items, StockReads stock) {
        this.items = items;
        this.stock = stock;
    }

    @GetMapping
    @Access.Public
    @Operation(
            summary = "List published items, newest first (filters q, categoryId incl. sub-categories, sportId)",
            description = "available: units free to sell now, per item (all its SKUs) and per variant, summed "
                    + "over locations")
    Page<PublicItem> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UUID categoryId,
            @RequestParam(required = false) @Nullable UUID sportId,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        ItemFilter filter =
                new ItemFilter(q, categoryId, sportId, null, null, "published", null, null, null, List.of());
        Page<CatalogItem> page = items.list(filter, cursor, limit);
        Map<UUID, ItemStock> stocks =
                stock.of(page.items().stream().map(CatalogItem::id).toList());
        return page.map(i -> PublicItem.of(i, stocks.getOrDefault(i.id(), ItemStock.NONE)));
    }

    @GetMapping("/{sku}")
    @Access.Public
    @Operation(
            summary = "Read a published item by SKU with live available stock "
                    + "(ETag covers version and stock; If-None-Match gives 304)")
    ResponseEntity<PublicItem> get(@PathVariable String sku, WebRequest request) {
        CatalogItem item = items.findBySku(sku)
                .filter(CatalogItem::published)
                .orElseThrow(() -> ApiException.notFound("published item", sku));
        PublicItem body = PublicItem.of(item, stock.of(List.of(item.id())).getOrDefault(item.id(), ItemStock.NONE));
        String etag = body.etag();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).body(body);
    }

    /**
     * What a shopper sees; variant prices are resolved (a variant without its own price costs the item's).
     * {@code available} is over all the item's SKUs, a variant's over its own SKU.
     */
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
            int available,
            Instant updatedAt) {

        static PublicItem of(CatalogItem i, ItemStock stock) {
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
                                    v.sku(),
                                    v.size(),
                                    v.color(),
                                    v.price() != null ? v.price() : i.price(),
                                    stock.variant(v.id())))
                            .toList(),
                    stock.available(),
                    i.updatedAt());
        }

        /**
         * {@code "<version>-<available>-<checksum>"}: the version covers the item and its variants, the total and
         * a checksum of every available number shown cover the stock, so a 304 does not hide a stock change.
         */
        String etag() {
            StringBuilder numbers = new StringBuilder().append(available);
            variants.forEach(v -> numbers.append(',').append(v.available()));
            CRC32C crc = new CRC32C();
            crc.update(numbers.toString().getBytes(StandardCharsets.US_ASCII));
            return "\"" + version + "-" + available + "-" + Long.toHexString(crc.getValue()) + "\"";
        }
    }

    record PublicVariant(
            String sku, @Nullable String size, @Nullable String color, BigDecimal price, int available) {}
}
