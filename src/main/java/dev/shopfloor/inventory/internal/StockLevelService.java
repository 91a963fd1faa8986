package dev.shopfloor.inventory.internal;

import dev.shopfloor.inventory.LevelFilter;
import dev.shopfloor.inventory.Movement;
import dev.shopfloor.inventory.MovementFilter;
import dev.shopfloor.inventory.StockLevel;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading stock levels and the ledger, and the one thing people set on a level: its reorder policy. Reads run in a
 * transaction so a VENDOR's row security applies.
 */
@Service
public class StockLevelService {

    /** All levels of one SKU and their sums, for the partner (PMS) status call. */
    public record SkuStock(String sku, int onHand, int reserved, int available, int incoming, List<StockLevel> levels) {

        static SkuStock of(String sku, List<StockLevel> levels) {
            return new SkuStock(
                    sku,
                    levels.stream().mapToInt(StockLevel::onHand).sum(),
                    levels.stream().mapToInt(StockLevel::reserved).sum(),
                    levels.stream().mapToInt(StockLevel::available).sum(),
                    levels.stream().mapToInt(StockLevel::incoming).sum(),
                    levels);
        }
    }

    private static final int MAX_LEVELS_OF_SKU = 1000;

    private final LevelRepository levels;
    private final LevelSearch search;
    private final MovementSearch movements;
    private final StockTargets targets;

    StockLevelService(LevelRepository levels, LevelSearch search, MovementSearch movements, StockTargets targets) {
        this.levels = levels;
        this.search = search;
        this.movements = movements;
        this.targets = targets;
    }

    @Transactional(readOnly = true)
    public StockLevel get(UUID id) {
        return levels.find(id).orElseThrow(() -> ApiException.notFound("stock level", id));
    }

    @Transactional(readOnly = true)
    public Page<StockLevel> list(LevelFilter filter, @Nullable String cursor, @Nullable Integer limit) {
        int size = Cursor.limit(limit);
        return Page.of(search.find(filter, Cursor.after(cursor), size + 1), size, l -> Cursor.of(l.id()));
    }

    @Transactional
    public StockLevel updateReorder(UUID id, int point, int quantity, ExpectedVersion expected) {
        if (!levels.updateReorder(id, point, quantity, expected.value())) {
            throw levels.exists(id) ? expected.stale("stock level", id) : ApiException.notFound("stock level", id);
        }
        return get(id);
    }

    @Transactional(readOnly = true)
    public Page<Movement> movements(MovementFilter filter, @Nullable String cursor, @Nullable Integer limit) {
        int size = Cursor.limit(limit);
        return Page.of(movements.find(filter, Cursor.after(cursor), size + 1), size, m -> Cursor.of(m.id()));
    }

    @Transactional(readOnly = true)
    public Movement movement(UUID id) {
        return movements.find(id).orElseThrow(() -> ApiException.notFound("movement", id));
    }

    /** 422 {@code unknown_sku} when the catalog has no such SKU (for a VENDOR: none of its own). */
    @Transactional(readOnly = true)
    public SkuStock ofSku(String sku) {
        String known = targets.skus(List.of(sku)).values().iterator().next().sku();
        return SkuStock.of(known, search.find(new LevelFilter(sku, null, null, null, null), null, MAX_LEVELS_OF_SKU));
    }
}
