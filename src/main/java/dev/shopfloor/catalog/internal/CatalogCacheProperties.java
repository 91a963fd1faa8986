package dev.shopfloor.catalog.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code shopfloor.catalog.cache}. The change log invalidates entries; {@code maxAge} is only a
 * second line of defence (for example while this node cannot read the log).
 *
 * @param maxItems items kept by id (and as many SKU-to-id entries)
 * @param maxLists first pages of lists kept, one per filter combination
 * @param maxAge the longest any entry is kept after it was loaded
 */
@ConfigurationProperties("shopfloor.catalog.cache")
public record CatalogCacheProperties(long maxItems, long maxLists, Duration maxAge) {

    public CatalogCacheProperties {
        maxItems = maxItems <= 0 ? 10_000 : maxItems;
        maxLists = maxLists <= 0 ? 1_000 : maxLists;
        maxAge = maxAge == null ? Duration.ofSeconds(60) : maxAge;
    }

    static CatalogCacheProperties defaults() {
        return new CatalogCacheProperties(0, 0, null);
    }
}
