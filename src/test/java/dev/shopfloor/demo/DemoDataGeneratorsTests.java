package dev.shopfloor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.catalog.ItemInput;
import dev.shopfloor.catalog.ItemInput.VariantInput;
import dev.shopfloor.customers.NewCustomer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorsTests {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void generatesTheSameCustomersFromTheSameSeed() {
        assertThat(customers(7, 200)).isEqualTo(customers(7, 200));
        assertThat(customers(7, 200)).isNotEqualTo(customers(8, 200));
    }

    @Test
    void givesEveryCustomerAUniqueEmailAndADefaultShippingAddress() {
        List<NewCustomer> customers = customers(1, 3_000);

        assertThat(customers.stream().map(NewCustomer::email).distinct()).hasSize(3_000);
        assertThat(customers)
                .allSatisfy(c -> assertThat(c.addresses())
                        .anySatisfy(a -> assertThat(a.kind()).isEqualTo("shipping")));
    }

    @Test
    void generatesTheSameItemsFromTheSameSeedWithUniqueSkus() {
        List<ItemInput> items = items(3);

        assertThat(items).isEqualTo(items(3));
        List<String> skus = items.stream()
                .flatMap(i -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(i.sku()),
                        i.variants().stream().map(VariantInput::sku)))
                .toList();
        assertThat(skus).doesNotHaveDuplicates().allMatch(s -> s.matches(ItemInput.SKU));
        assertThat(items).allSatisfy(i -> assertThat(i.variants()).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void shapesACategoryTreeOfThirty() {
        int children =
                DemoCatalog.CATEGORIES.values().stream().mapToInt(List::size).sum();
        assertThat(DemoCatalog.CATEGORIES.size() + children).isEqualTo(30);
    }

    private static List<NewCustomer> customers(long seed, int count) {
        return new DemoCustomers(seed, NOW)
                .generate(count).stream().map(DemoCustomers.Generated::customer).toList();
    }

    private static List<ItemInput> items(long seed) {
        Map<String, UUID> categories = new java.util.LinkedHashMap<>();
        DemoCatalog.CATEGORIES.values().stream()
                .flatMap(List::stream)
                .forEach(c -> categories.put(c, UUID.nameUUIDFromBytes(c.getBytes())));
        List<UUID> ids = IntStream.range(0, 12)
                .mapToObj(i -> UUID.nameUUIDFromBytes(("r" + i).getBytes()))
                .toList();
        return new DemoCatalog(seed).items(500, new DemoCatalog.References(categories, ids, ids, ids));
    }
}
