package dev.shopfloor.inventory.internal;

import dev.shopfloor.inventory.Hold;
import dev.shopfloor.inventory.HoldLine;
import dev.shopfloor.inventory.InsufficientStock;
import dev.shopfloor.inventory.StockOwner;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holding, releasing and selling stock for an owner. Each operation locks the levels it touches in id order
 * before it writes, then works in a fixed number of statements however many lines there are.
 */
@Service
public class HoldLedger {

    private final StockHolds holds;
    private final LevelLocks locks;
    private final Movements movements;

    HoldLedger(StockHolds holds, LevelLocks locks, Movements movements) {
        this.holds = holds;
        this.locks = locks;
        this.movements = movements;
    }

    @Transactional
    public List<Hold> hold(
            StockOwner owner, List<HoldLine> lines, @Nullable UUID locationId, @Nullable Instant expiresAt) {
        List<UUID> levels = holds.lockForHold(owner, lines, locationId);
        holds.releaseAll(owner);
        if (lines.isEmpty()) {
            return List.of();
        }
        locks.expireLapsed(levels);
        Allocation allocation = Allocation.of(lines, holds.available(levels));
        if (!allocation.shortLines().isEmpty()) {
            throw InsufficientStock.forLines(allocation.shortLines());
        }
        return holds.insert(owner, allocation.parts(), expiresAt);
    }

    @Transactional
    public void release(StockOwner owner) {
        holds.lockHeldBy(owner);
        holds.releaseAll(owner);
    }

    @Transactional
    public void holdUntil(StockOwner owner, @Nullable Instant expiresAt) {
        holds.holdUntil(owner, expiresAt);
    }

    @Transactional
    public void sell(StockOwner owner, Map<UUID, Integer> quantityByLine) {
        holds.lockHeldBy(owner);
        Sale sale = Sale.plan(holds.activeOf(owner), quantityByLine);
        holds.change(sale.changes());
        movements.insert(sale.taken().stream()
                .map(t -> new NewMovement(
                        t.levelId(), "sale", -t.quantity(), null, owner.type(), owner.id(), owner.reference()))
                .toList());
    }
}
