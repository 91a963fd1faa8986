package dev.shopfloor.inventory;

import dev.shopfloor.inventory.internal.HoldLedger;
import dev.shopfloor.inventory.internal.LedgerWriter;
import dev.shopfloor.inventory.internal.LocationService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final LedgerWriter ledger;
    private final LocationService locations;

    Inventory(HoldLedger holds, LedgerWriter ledger, LocationService locations) {
        this.holds = holds;
        this.ledger = ledger;
        this.locations = locations;
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

    /** Creates a location (409 {@code duplicate} for a code in use). */
    public Location createLocation(LocationInput location) {
        return locations.create(location);
    }

    /** The location, active or not, if it exists. */
    public Optional<Location> location(UUID id) {
        return locations.find(id);
    }

    // --- Movements of any kind (inventory helper) ---

    /**
     * Writes these movements in one statement and returns them as written, in order: receipts of a purchase order,
     * production consumption and output, returns... Each {@link StockMove#quantity} is positive for kinds with a
     * direction (the kind gives the sign) and the signed change for an adjustment. Missing stock levels are created;
     * all levels are locked in id order first (freeing lapsed holds). Moves of the same level apply in list order.
     *
     * @throws InsufficientStock 409 when a move would take a level below its reserved stock (or below zero),
     *     naming every such line; nothing is written
     * @throws dev.shopfloor.platform.web.ApiException 422 {@code unknown_sku} (the catalog has no such SKU, or it
     *     is another vendor's for a VENDOR actor), 422 {@code unknown_location} (missing or inactive location), 422
     *     {@code invalid_quantity} (zero, or negative for a kind with a direction)
     */
    public List<Movement> move(List<StockMove> moves) {
        return ledger.move(moves);
    }
}
