package dev.shopfloor.inventory.internal;

import dev.shopfloor.inventory.HoldLine;
import dev.shopfloor.inventory.InsufficientStock.ShortLine;
import dev.shopfloor.platform.Ids;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Where each line's stock comes from: the levels holding its SKU, most available first (ties by id, so the
 * plan is deterministic), a line split across levels when one is not enough. Lines of the same SKU draw from
 * the same running availability.
 */
record Allocation(List<Part> parts, List<ShortLine> shortLines) {

    record Level(UUID id, String skuKey, int available) {}

    record Part(UUID holdId, UUID levelId, UUID lineId, int quantity) {}

    static Allocation of(List<HoldLine> lines, List<Level> levels) {
        Map<String, List<Level>> bySku = new HashMap<>();
        Map<UUID, Integer> left = new HashMap<>();
        for (Level level : levels) {
            bySku.computeIfAbsent(level.skuKey(), k -> new ArrayList<>()).add(level);
            left.put(level.id(), Math.max(0, level.available()));
        }
        bySku.values()
                .forEach(list -> list.sort(
                        Comparator.comparingInt(Level::available).reversed().thenComparing(Level::id)));
        List<Part> parts = new ArrayList<>();
        List<ShortLine> shortLines = new ArrayList<>();
        for (HoldLine line : lines) {
            List<Level> candidates = bySku.getOrDefault(line.sku().toLowerCase(Locale.ROOT), List.of());
            int availableForLine =
                    candidates.stream().mapToInt(l -> left.get(l.id())).sum();
            if (availableForLine < line.quantity()) {
                shortLines.add(new ShortLine(line.sku(), line.quantity(), availableForLine));
                continue;
            }
            int need = line.quantity();
            for (Level level : candidates) {
                int take = Math.min(need, left.get(level.id()));
                if (take > 0) {
                    parts.add(new Part(Ids.newId(), level.id(), line.lineId(), take));
                    left.merge(level.id(), -take, Integer::sum);
                    need -= take;
                }
            }
        }
        return new Allocation(List.copyOf(parts), List.copyOf(shortLines));
    }
}
