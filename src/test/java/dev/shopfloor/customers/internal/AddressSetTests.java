package dev.shopfloor.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shopfloor.customers.Address;
import dev.shopfloor.customers.AddressInput;
import dev.shopfloor.platform.web.ApiException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AddressSetTests {

    private final Address home = stored("Home", "shipping", "Lyon", true);
    private final Address office = stored("Office", "billing", "Paris", false);

    @Test
    void updatesOnlyAddressesThatReallyDiffer() {
        AddressSet set = AddressSet.diff(List.of(home, office), List.of(input(home, "lyon"), input(office, "Paris")));

        // Only the city's case differs for home: that is a real change; office is untouched.
        assertThat(set.updates()).extracting(Address::id).containsExactly(home.id());
        assertThat(set.inserts()).isEmpty();
        assertThat(set.deletes()).isEmpty();

        AddressSet same = AddressSet.diff(List.of(home, office), List.of(input(home, "Lyon"), input(office, "Paris")));
        assertThat(same.changesAnything()).isFalse();
    }

    @Test
    void insertsNewAddressesAndDeletesMissingOnes() {
        AddressInput fresh = new AddressInput(null, null, "shipping", "9 Rue", null, "Nice", null, null, "fr", false);

        AddressSet set = AddressSet.diff(List.of(home, office), List.of(input(home, "Lyon"), fresh));

        assertThat(set.inserts()).singleElement().satisfies(a -> {
            assertThat(a.country()).isEqualTo("FR");
            assertThat(a.id()).isNotNull();
        });
        assertThat(set.deletes()).isEqualTo(Set.of(office.id()));
        assertThat(set.updates()).isEmpty();
    }

    @Test
    void refusesUnknownOrRepeatedIdsAndTwoDefaultsOfOneKind() {
        AddressInput foreign =
                new AddressInput(UUID.randomUUID(), null, "billing", "1 Way", null, "Bern", null, null, "CH", false);
        assertThatThrownBy(() -> AddressSet.diff(List.of(home), List.of(foreign)))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> AddressSet.diff(List.of(home), List.of(input(home, "Lyon"), input(home, "Lyon"))))
                .isInstanceOf(ApiException.class);
        AddressInput secondDefault =
                new AddressInput(null, null, "shipping", "2 Way", null, "Lyon", null, null, "FR", true);
        assertThatThrownBy(() -> AddressSet.diff(List.of(home), List.of(input(home, "Lyon"), secondDefault)))
                .isInstanceOf(ApiException.class)
                .hasMessage("the request has invalid fields");
    }

    private static Address stored(String label, String kind, String city, boolean isDefault) {
        return new Address(UUID.randomUUID(), label, kind, "1 Place", null, city, null, "69001", "FR", isDefault);
    }

    private static AddressInput input(Address a, String city) {
        return new AddressInput(
                a.id(),
                a.label(),
                a.kind(),
                a.line1(),
                a.line2(),
                city,
                a.region(),
                a.postalCode(),
                "fr",
                a.isDefault());
    }
}
