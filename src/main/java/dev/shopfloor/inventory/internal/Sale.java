package dev.shopfloor.inventory.internal;

import dev.shopfloor.platform.web.ApiException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which holds a sale consumes: per line the requested quantity (everything held when no quantities are given),
 * taken from the line's holds in level order; a hold taken in full is consumed, one taken in part shrinks.
 */
record Sale(List<Change> changes, List<Taken> taken) {

    record Held(UUID id, UUID levelId, UUID lineId, int quantity) {}

    /** The new state of a hold: {@code consumed}, or still {@code active} with a smaller quantity. */
    record Change(UUID reservationId, String status, int quantity) {}

    /** Stock that leaves a level because of one hold. */
    record Taken(UUID levelId, UUID reservationId, int quantity) {}

    static Sale plan(List<Held> held, Map<UUID, Integer> quantityByLine) {
        Map<UUID, Integer> wanted = new HashMap<>(quantityByLine);
        if (wanted.isEmpty()) {
            held.forEach(h -> wanted.merge(h.lineId(), h.quantity(), Integer::sum));
        }
        List<Change> changes = new ArrayList<>();
        List<Taken> taken = new ArrayList<>();
        for (Held hold : held) {
            int want = wanted.getOrDefault(hold.lineId(), 0);
            int take = Math.min(want, hold.quantity());
            if (take == 0) {
                continue;
            }
            wanted.put(hold.lineId(), want - take);
            boolean whole = take == hold.quantity();
            changes.add(new Change(
                    hold.id(), whole ? "consumed" : "active", whole ? hold.quantity() : hold.quantity() - take));
            taken.add(new Taken(hold.levelId(), hold.id(), take));
        }
        List<UUID> notHeld = wanted.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey)
                .toList();
        if (!notHeld.isEmpty()) {
            throw ApiException.conflict("not_held", "more than is held was asked for lines " + notHeld);
        }
        return new Sale(List.copyOf(changes), List.copyOf(taken));
    }
}
