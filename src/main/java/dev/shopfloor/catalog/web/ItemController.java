package dev.shopfloor.catalog.web;

import dev.shopfloor.catalog.CatalogItem;
import dev.shopfloor.catalog.ItemFilter;
import dev.shopfloor.catalog.ItemInput;
import dev.shopfloor.catalog.internal.CatalogReads;
import dev.shopfloor.catalog.internal.ItemService;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ETags;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.IdsFilter;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@RequestMapping("/api/catalog")
@Tag(name = "Catalog", description = "Items with variants; VENDOR users see and edit only their own vendor's items")
class ItemController {

    private final ItemService items;
    private final CatalogReads reads;

    ItemController(ItemService items, CatalogReads reads) {
        this.items = items;
        this.reads = reads;
    }

    @PostMapping
    @Access.VendorWrite
    @Operation(summary = "Create an item with its variants (409 duplicate_sku when a SKU is taken)")
    ResponseEntity<CatalogItem> create(@Valid @RequestBody ItemInput body) {
        CatalogItem item = items.create(body);
        return ResponseEntity.created(URI.create("/api/catalog/" + item.id()))
                .eTag(ETags.of(item.version()))
                .body(item);
    }

    @GetMapping
    @Access.Read
    @Operation(
            summary = "List items, newest first, with filters",
            description = "categoryId includes sub-categories; q searches sku, name and description; "
                    + "inStock=true lists items with stock available to sell (any SKU, any location), "
                    + "inStock=false those without; ids reads up to 200 given items in one request (more ids "
                    + "give 400 too_many_ids; unknown ids and items the caller may not see are simply absent)")
    Page<CatalogItem> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UUID categoryId,
            @RequestParam(required = false) @Nullable UUID sportId,
            @RequestParam(required = false) @Nullable UUID fabricId,
            @RequestParam(required = false) @Nullable UUID vendorId,
            @RequestParam(required = false) @Nullable @Pattern(regexp = "draft|published|archived") String status,
            @RequestParam(required = false) @Nullable @DecimalMin("0") BigDecimal minPrice,
            @RequestParam(required = false) @Nullable @DecimalMin("0") BigDecimal maxPrice,
            @RequestParam(required = false) @Nullable Boolean inStock,
            @Parameter(description = "only these items: repeat (`ids=a&ids=b`) or comma-separate; at most 200")
                    @RequestParam(required = false)
                    @Nullable
                    List<UUID> ids,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        ItemFilter filter = new ItemFilter(
                q, categoryId, sportId, fabricId, vendorId, status, minPrice, maxPrice, inStock, IdsFilter.of(ids));
        return reads.list(filter, cursor, limit);
    }

    @GetMapping("/check-sku")
    @Access.Read
    @Operation(summary = "Whether a SKU is free: no item or variant uses it (case-insensitive)")
    SkuAvailability checkSku(@RequestParam @NotBlank String sku) {
        return new SkuAvailability(sku, items.skuAvailable(sku));
    }

    @GetMapping("/{id}")
    @Access.Read
    @Operation(summary = "Read one item with its variants (ETag; If-None-Match gives 304)")
    ResponseEntity<CatalogItem> get(@PathVariable UUID id, WebRequest request) {
        CatalogItem item = reads.get(id);
        return ETags.ok(request, item, item.version());
    }

    @PutMapping("/{id}")
    @Access.VendorWrite
    @Operation(summary = "Replace an item and its variant set (If-Match 412, stale body version 409)")
    ResponseEntity<CatalogItem> replace(
            @PathVariable UUID id,
            @Valid @RequestBody ItemInput body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        CatalogItem item = items.replace(id, body, ExpectedVersion.of(ifMatch, body.version()));
        return ResponseEntity.ok().eTag(ETags.of(item.version())).body(item);
    }

    @DeleteMapping("/{id}")
    @Access.Manage
    @Operation(summary = "Delete an item; 409 has_dependents once order lines refer to it (archive instead)")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        items.delete(id, ExpectedVersion.of(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    record SkuAvailability(String sku, boolean available) {}
}
