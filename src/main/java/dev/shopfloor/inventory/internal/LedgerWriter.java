package dev.shopfloor.inventory.internal;

import dev.shopfloor.inventory.InsufficientStock;
import dev.shopfloor.inventory.InsufficientStock.ShortLine;
import dev.shopfloor.inventory.Movement;
import dev.shopfloor.inventory.MovementKind;
import dev.shopfloor.inventory.StockLevel;
import dev.shopfloor.inventory.StockMove;
import dev.shopfloor.inventory.StockOwner;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.ApiException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every stock write that is not a hold: movements for other modules, adjustments, transfers. Each one checks its
 * SKUs and locations, creates missing levels, locks all its levels in id order (freeing lapsed holds), refuses a
 * shortfall with 409 {@code insufficient_stock} naming every short line, then writes its movements in one
 * statement. One call is one transaction, so a retried request (Idempotency-Key) covers all of it.
 */
@Service
public class LedgerWriter {

    private final StockTargets targets;
    private final LevelRepository levels;
    private final LevelLocks locks;
    private final Movements movements;

    LedgerWriter(StockTargets targets, LevelRepository levels, LevelLocks locks, Movements movements) {
        this.targets = targets;
        this.levels = levels;
        this.locks = locks;
        this.movements = movements;
    }

    public record Adjusted(@Nullable Movement movement, StockLevel level) {}

    public record Transferred(UUID transferId, List<Movement> movements, StockLevel from, StockLevel to) {}

    @Transactional
    public List<Movement> move(List<StockMove> moves) {
        if (moves.isEmpty()) {
            return List.of();
        }
        moves.forEach(LedgerWriter::checkQuantity);
        targets.skus(moves.stream().map(StockMove::sku).toList());
        targets.activeLocations(moves.stream().map(StockMove::locationId).toList());
        Map<LevelKey, UUID> ids = levelIds(
                moves.stream().map(m -> LevelKey.of(m.sku(), m.locationId())).toList());
        Map<UUID, LevelState> states = lock(ids.values());
        return write(
                moves.stream()
                        .map(m -> entry(ids.get(LevelKey.of(m.sku(), m.locationId())), m))
                        .toList(),
                states);
    }

    @Transactional
    public Adjusted adjust(StockAdjustment adjustment) {
        targets.skus(List.of(adjustment.sku()));
        targets.activeLocations(List.of(adjustment.locationId()));
        UUID levelId = levelIds(List.of(LevelKey.of(adjustment.sku(), adjustment.locationId())))
                .values()
                .iterator()
                .next();
        // The version is compared before the lock frees lapsed holds: that bookkeeping changes the stored row
        // (and its version) but nothing a reader of the level could see.
        int version = levels.lockVersion(levelId);
        if (adjustment.expectedVersion() != null && adjustment.expectedVersion() != version) {
            throw ApiException.versionConflict("stock level", levelId);
        }
        Map<UUID, LevelState> states = lock(List.of(levelId));
        int delta = adjustment.delta() != null
                ? adjustment.delta()
                : adjustment.setOnHand() - states.get(levelId).onHand();
        Movement written = delta == 0
                ? null
                : write(
                                List.of(new NewMovement(
                                        levelId, "adjustment", delta, adjustment.reason(), null, null, null)),
                                states)
                        .getFirst();
        return new Adjusted(written, levels.find(levelId).orElseThrow());
    }

    @Transactional
    public Transferred transfer(StockTransfer transfer) {
        if (transfer.fromLocationId().equals(transfer.toLocationId())) {
            throw ApiException.unprocessable("same_location", "a transfer needs two different locations");
        }
        targets.skus(List.of(transfer.sku()));
        targets.activeLocations(List.of(transfer.fromLocationId(), transfer.toLocationId()));
        LevelKey from = LevelKey.of(transfer.sku(), transfer.fromLocationId());
        LevelKey to = LevelKey.of(transfer.sku(), transfer.toLocationId());
        Map<LevelKey, UUID> ids = levelIds(List.of(from, to));
        Map<UUID, LevelState> states = lock(ids.values());
        UUID transferId = Ids.newId();
        List<Movement> written = write(
                List.of(
                        new NewMovement(
                                ids.get(from),
                                MovementKind.TRANSFER_OUT.value(),
                                -transfer.quantity(),
                                transfer.reason(),
                                "transfer",
                                transferId,
                                null),
                        new NewMovement(
                                ids.get(to),
                                MovementKind.TRANSFER_IN.value(),
                                transfer.quantity(),
                                transfer.reason(),
                                "transfer",
                                transferId,
                                null)),
                states);
        return new Transferred(
                transferId,
                written,
                levels.find(ids.get(from)).orElseThrow(),
                levels.find(ids.get(to)).orElseThrow());
    }

    private Map<LevelKey, UUID> levelIds(List<LevelKey> keys) {
        return levels.ensure(keys).stream().collect(Collectors.toMap(LevelKey.Found::key, LevelKey.Found::id));
    }

    private Map<UUID, LevelState> lock(Collection<UUID> levelIds) {
        List<UUID> locked = locks.lock(levelIds.stream().distinct().toList());
        return levels.states(locked).stream().collect(Collectors.toMap(LevelState::id, Function.identity()));
    }

    /** Writes entries to locked levels, refusing first, in the order given, any that would go below reserved. */
    private List<Movement> write(List<NewMovement> entries, Map<UUID, LevelState> states) {
        Map<UUID, Integer> onHand = new HashMap<>();
        states.values().forEach(s -> onHand.put(s.id(), s.onHand()));
        List<ShortLine> shortLines = new ArrayList<>();
        for (NewMovement entry : entries) {
            LevelState level = states.get(entry.levelId());
            int before = onHand.get(entry.levelId());
            if (entry.quantity() < 0 && before + entry.quantity() < level.reserved()) {
                shortLines.add(new ShortLine(level.sku(), -entry.quantity(), before - level.reserved()));
            }
            onHand.put(entry.levelId(), before + entry.quantity());
        }
        if (!shortLines.isEmpty()) {
            throw InsufficientStock.forLines(shortLines);
        }
        try {
            return movements.insert(entries);
        } catch (DataIntegrityViolationException e) {
            // The CHECK on stock_levels is the last wall; under our locks the check above has already refused.
            if (String.valueOf(e.getMessage()).contains("stock_levels_quantities")) {
                throw InsufficientStock.forLines(List.of());
            }
            if (e.getMostSpecificCause() instanceof SQLException sql && "22003".equals(sql.getSQLState())) {
                throw ApiException.unprocessable("quantity_out_of_range", "the stock level would overflow");
            }
            throw e;
        }
    }

    private static NewMovement entry(UUID levelId, StockMove move) {
        @Nullable StockOwner ref = move.reference();
        return new NewMovement(
                levelId,
                move.kind().value(),
                move.delta(),
                move.reason(),
                ref == null ? null : ref.type(),
                ref == null ? null : ref.id(),
                ref == null ? null : ref.reference());
    }

    private static void checkQuantity(StockMove move) {
        boolean valid = move.kind().sign() == 0 ? move.quantity() != 0 : move.quantity() > 0;
        if (!valid) {
            throw ApiException.unprocessable(
                    "invalid_quantity",
                    "a " + move.kind().value() + " of " + move.sku() + " needs a "
                            + (move.kind().sign() == 0 ? "non-zero" : "positive") + " quantity");
        }
    }
}
