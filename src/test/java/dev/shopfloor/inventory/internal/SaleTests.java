package dev.shopfloor.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shopfloor.platform.web.ApiException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SaleTests {

    private final UUID line = UUID.randomUUID();
    private final Sale.Held atA = new Sale.Held(UUID.randomUUID(), UUID.randomUUID(), line, 2);
    private final Sale.Held atB = new Sale.Held(UUID.randomUUID(), UUID.randomUUID(), line, 3);

    @Test
    void sellsEverythingHeldWhenNoQuantitiesAreGiven() {
        Sale sale = Sale.plan(List.of(atA, atB), Map.of());

        assertThat(sale.changes()).extracting(Sale.Change::status).containsExactly("consumed", "consumed");
        assertThat(sale.taken()).extracting(Sale.Taken::quantity).containsExactly(2, 3);
    }

    @Test
    void aPartialSaleConsumesWholeHoldsFirstAndShrinksTheLast() {
        Sale sale = Sale.plan(List.of(atA, atB), Map.of(line, 4));

        assertThat(sale.changes())
                .containsExactly(new Sale.Change(atA.id(), "consumed", 2), new Sale.Change(atB.id(), "active", 1));
        assertThat(sale.taken()).extracting(Sale.Taken::quantity).containsExactly(2, 2);
    }

    @Test
    void refusesToSellMoreThanALineHolds() {
        assertThatThrownBy(() -> Sale.plan(List.of(atA), Map.of(line, 3)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("not_held"));
    }
}
