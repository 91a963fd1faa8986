package dev.shopfloor.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.inventory.HoldLine;
import dev.shopfloor.inventory.InsufficientStock.ShortLine;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AllocationTests {

    private static final UUID SMALL = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID LARGE = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private final UUID line = UUID.randomUUID();

    @Test
    void takesFromTheLevelWithMostAvailableFirst() {
        Allocation a = Allocation.of(
                List.of(new HoldLine(line, "SKU-A", 3)),
                List.of(new Allocation.Level(SMALL, "sku-a", 4), new Allocation.Level(LARGE, "sku-a", 9)));

        assertThat(a.shortLines()).isEmpty();
        assertThat(a.parts()).singleElement().satisfies(p -> {
            assertThat(p.levelId()).isEqualTo(LARGE);
            assertThat(p.quantity()).isEqualTo(3);
        });
    }

    @Test
    void splitsALineThatNoSingleLevelCanServe() {
        Allocation a = Allocation.of(
                List.of(new HoldLine(line, "sku-a", 12)),
                List.of(new Allocation.Level(SMALL, "sku-a", 4), new Allocation.Level(LARGE, "sku-a", 9)));

        assertThat(a.parts())
                .extracting(Allocation.Part::levelId, Allocation.Part::quantity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LARGE, 9), org.assertj.core.groups.Tuple.tuple(SMALL, 3));
    }

    @Test
    void linesOfOneSkuShareTheRunningAvailabilityAndEveryShortLineIsNamed() {
        UUID second = UUID.randomUUID();
        Allocation a = Allocation.of(
                List.of(
                        new HoldLine(line, "SKU-A", 3),
                        new HoldLine(second, "SKU-A", 2),
                        new HoldLine(line, "SKU-B", 1)),
                List.of(new Allocation.Level(SMALL, "sku-a", 4)));

        assertThat(a.shortLines()).containsExactly(new ShortLine("SKU-A", 2, 1), new ShortLine("SKU-B", 1, 0));
    }

    @Test
    void negativeAvailabilityCountsAsNone() {
        Allocation a = Allocation.of(
                List.of(new HoldLine(line, "SKU-A", 1)), List.of(new Allocation.Level(SMALL, "sku-a", -2)));

        assertThat(a.shortLines()).containsExactly(new ShortLine("SKU-A", 1, 0));
    }
}
