package dev.shopfloor.inventory.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The result of recomputing every stock level from its books: {@code drift} lists the levels whose stored
 * {@code onHand} differs from the sum of their movements or whose stored {@code reserved} differs from the sum
 * of their active holds; {@code ok} when there are none.
 */
public record ConsistencyReport(long checkedLevels, List<Drift> drift, boolean ok, Instant checkedAt) {

    public record Drift(
            UUID levelId,
            String sku,
            UUID locationId,
            int onHand,
            long ledgerOnHand,
            int reserved,
            long holdsReserved) {}

    public static ConsistencyReport of(long checkedLevels, List<Drift> drift, Instant checkedAt) {
        return new ConsistencyReport(checkedLevels, List.copyOf(drift), drift.isEmpty(), checkedAt);
    }

    /** The process exit code of the command: 0 without drift, 1 with. */
    public int exitCode() {
        return ok ? 0 : 1;
    }
}
