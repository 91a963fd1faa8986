package dev.shopfloor.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** TEMPORARY stub with the fixed signatures of the lead's inventory core; holds nothing. */
@Service
public class Inventory {

    public record StockOwner(String type, UUID id, String reference) {}

    public record HoldLine(UUID lineId, String sku, int quantity) {}

    public record Hold(
            UUID id,
            UUID lineId,
            String sku,
            UUID locationId,
            int quantity,
            @Nullable Instant expiresAt) {}

    public List<Hold> hold(
            StockOwner owner, List<HoldLine> lines, @Nullable UUID locationId, @Nullable Instant expiresAt) {
        return List.of();
    }

    public void release(StockOwner owner) {}

    public void holdUntil(StockOwner owner, @Nullable Instant expiresAt) {}

    public void sell(StockOwner owner, Map<UUID, Integer> quantityByLine) {}
}
