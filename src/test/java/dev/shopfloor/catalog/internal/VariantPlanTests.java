package dev.shopfloor.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.catalog.CatalogItem.Variant;
import dev.shopfloor.catalog.ItemInput.VariantInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VariantPlanTests {

    private final UUID item = UUID.randomUUID();
    private final Variant small = new Variant(UUID.randomUUID(), "TEE-S", "S", "red", null);
    private final Variant medium = new Variant(UUID.randomUUID(), "TEE-M", "M", "red", new BigDecimal("10.00"));

    @Test
    void keepsUnchangedVariantsUntouched() {
        VariantPlan plan = VariantPlan.of(
                item,
                List.of(small, medium),
                List.of(
                        new VariantInput(null, "tee-s", "S", "red", null),
                        new VariantInput(null, "TEE-M", "M", "red", new BigDecimal("10"))));
        assertThat(plan.updates()).hasSize(1); // the SKU's case changed
        assertThat(plan.updates().getFirst().id()).isEqualTo(small.id());
        assertThat(plan.inserts()).isEmpty();
        assertThat(plan.deletes()).isEmpty();
    }

    @Test
    void matchesByIdWhenTheSkuChangesAndDeletesWhatIsNoLongerWanted() {
        VariantPlan plan = VariantPlan.of(
                item,
                List.of(small, medium),
                List.of(
                        new VariantInput(small.id(), "TEE-S2", "S", "red", null),
                        new VariantInput(null, "TEE-L", "L", "red", null)));
        assertThat(plan.updates()).extracting(VariantValues::id).containsExactly(small.id());
        assertThat(plan.inserts()).extracting(VariantValues::sku).containsExactly("TEE-L");
        assertThat(plan.deletes()).containsExactly(medium.id());
        assertThat(plan.changes()).isTrue();
    }

    @Test
    void anEmptyWishDeletesEveryVariant() {
        VariantPlan plan = VariantPlan.of(item, List.of(small, medium), List.of());
        assertThat(plan.deletes()).containsExactlyInAnyOrder(small.id(), medium.id());
    }

    @Test
    void escapesLikeWildcardsInSearchText() {
        assertThat(ItemSearch.like(" 50%_off\\ ")).isEqualTo("%50\\%\\_off\\\\%");
    }
}
