package dev.shopfloor.catalog.internal;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live stock of catalog items, read fresh on every call and never cached: a hold that lapses changes what is
 * available without any change event, so no cache could know when to drop it (docs/modules/catalog.md).
 */
@Service
public class StockReads {

    private final StockAvailability availability;

    StockReads(StockAvailability availability) {
        this.availability = availability;
    }

    /** The stock of each item, for a whole page in one query; items without stock levels are absent (0). */
    @Transactional(readOnly = true)
    public Map<UUID, ItemStock> of(Collection<UUID> itemIds) {
        return itemIds.isEmpty() ? Map.of() : availability.of(itemIds);
    }
}
