package dev.shopfloor.inventory;

import dev.shopfloor.inventory.internal.HoldLedger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The way into inventory for other modules. Every method joins the caller's transaction, so an order and its
 * holds commit together or not at all.
 */
@Service
public class Inventory {

    private final HoldLedger holds;

    Inventory(HoldLedger holds) {
        this.holds = holds;
    }

    /**
     * Makes the owner's active holds exactly these lines, releasing what it held before, so re-reserving after a
     * line change is one call. With {@code locationId} all stock comes from that location, otherwise from the
     * locations holding the SKU, most available first (a line may be split). Stock levels are locked in id order.
     *
     * @throws InsufficientStock naming every short line; nothing is written
     */
    public List<Hold> hold(
            StockOwner owner, List<HoldLine> lines, @Nullable UUID locationId, @Nullable Instant expiresAt) {
        return holds.hold(owner, lines, locationId, expiresAt);
    }

    /** Releases every active hold of the owner. */
    public void release(StockOwner owner) {
        holds.release(owner);
    }

    /** Moves the expiry of the owner's active holds; {@code null} holds them until released. */
    public void holdUntil(StockOwner owner, @Nullable Instant expiresAt) {
        holds.holdUntil(owner, expiresAt);
    }

    /**
     * Turns held stock into sale movements: per line the given quantity, or everything still held when
     * {@code quantityByLine} is empty. Asking for more than a line holds is refused (409 {@code not_held}).
     */
    public void sell(StockOwner owner, Map<UUID, Integer> quantityByLine) {
        holds.sell(owner, quantityByLine);
    }
}
