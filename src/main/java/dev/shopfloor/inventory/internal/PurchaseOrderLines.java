package dev.shopfloor.inventory.internal;

import dev.shopfloor.catalog.Catalog;
import dev.shopfloor.catalog.SkuInfo;
import dev.shopfloor.partners.Vendors;
import dev.shopfloor.platform.web.ApiException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks what a purchase order names against the catalog, the locations and the vendors, and fills in the
 * vendor and currency a draft leaves out from its items when they all agree.
 */
@Component
class PurchaseOrderLines {

    private static final String LOCATION_ACTIVE = """
            SELECT active
            FROM locations
            WHERE id = :id
            """;

    record Checked(@Nullable UUID vendorId, @Nullable String currency) {}

    private final Catalog catalog;
    private final Vendors vendors;
    private final JdbcClient jdbc;

    PurchaseOrderLines(Catalog catalog, Vendors vendors, JdbcClient jdbc) {
        this.catalog = catalog;
        this.vendors = vendors;
        this.jdbc = jdbc;
    }

    /** The draft's lines checked, and the vendor and currency it gets. */
    Checked check(PurchaseOrderDraft draft) {
        return defaults(draft, List.copyOf(checkLines(draft.lines()).values()));
    }

    /** The catalog entries of the lines; 422 for no lines, a SKU twice, or a SKU the catalog does not know. */
    Map<String, SkuInfo> checkLines(List<PurchaseOrderDraft.Line> lines) {
        if (lines.isEmpty()) {
            throw ApiException.unprocessable("no_lines", "a purchase order needs at least one line");
        }
        Set<String> seen = new HashSet<>();
        List<String> twice = lines.stream()
                .map(l -> key(l.sku()))
                .filter(k -> !seen.add(k))
                .distinct()
                .toList();
        if (!twice.isEmpty()) {
            throw ApiException.unprocessable("duplicate_line", "one line per SKU; named more than once: " + twice);
        }
        Map<String, SkuInfo> known = catalog.lookupSkus(
                lines.stream().map(PurchaseOrderDraft.Line::sku).toList());
        List<String> unknown = lines.stream()
                .map(PurchaseOrderDraft.Line::sku)
                .filter(sku -> !known.containsKey(key(sku)))
                .toList();
        if (unknown.isEmpty()) {
            return known;
        }
        throw new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "unknown_sku",
                "no catalog item or variant has the SKU " + unknown,
                Map.of("skus", unknown));
    }

    /** 422 {@code unknown_location} for a location that does not exist or is inactive. */
    void checkLocation(UUID locationId) {
        boolean active = jdbc.sql(LOCATION_ACTIVE)
                .param("id", locationId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
        if (!active) {
            throw ApiException.unprocessable(
                    "unknown_location", "location " + locationId + " does not exist or is not active");
        }
    }

    /** 422 {@code unknown_vendor} for a vendor that does not exist. */
    void checkVendor(@Nullable UUID vendorId) {
        if (vendorId != null && !vendors.exists(vendorId)) {
            throw ApiException.unprocessable("unknown_vendor", "vendor " + vendorId + " does not exist");
        }
    }

    private static Checked defaults(PurchaseOrderDraft draft, List<SkuInfo> items) {
        UUID vendor = draft.vendorId() != null
                ? draft.vendorId()
                : same(items.stream().map(SkuInfo::vendorId).toList());
        String currency = draft.currency() != null
                ? draft.currency()
                : same(items.stream().map(SkuInfo::currency).toList());
        return new Checked(vendor, currency);
    }

    private static <T> @Nullable T same(List<@Nullable T> values) {
        Set<@Nullable T> distinct = new HashSet<>(values);
        return distinct.size() == 1 ? distinct.iterator().next() : null;
    }

    private static String key(String sku) {
        return Objects.requireNonNull(sku).toLowerCase(Locale.ROOT);
    }
}
