package dev.shopfloor.inventory;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One movement another module asks {@link Inventory#move} to write.
 *
 * @param quantity how much moves: positive for kinds with a direction (the kind gives the sign, so a sale of 3 is
 *     {@code 3}); for {@link MovementKind#ADJUSTMENT} the signed change
 * @param reference what caused it (a purchase order, a production task); its reference text is what people read in
 *     the ledger
 */
public record StockMove(
        String sku,
        UUID locationId,
        MovementKind kind,
        int quantity,
        @Nullable String reason,
        @Nullable StockOwner reference) {

    /** The signed change of on-hand stock. */
    public int delta() {
        return kind.sign() == 0 ? quantity : kind.sign() * quantity;
    }
}
