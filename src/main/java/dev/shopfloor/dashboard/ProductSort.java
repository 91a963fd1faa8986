package dev.shopfloor.dashboard;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.shopfloor.platform.web.ApiException;
import java.util.Locale;

/** How the product table is ordered: by revenue in the item's own currency, or by units; then by SKU. */
public enum ProductSort {
    REVENUE,
    UNITS;

    /** The wire value: {@code revenue} or {@code units}. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProductSort parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "revenue" -> REVENUE;
            case "units" -> UNITS;
            default -> throw ApiException.badRequest("invalid_sort", "sort must be revenue or units");
        };
    }
}
