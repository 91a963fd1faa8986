package dev.shopfloor.customers.internal;

import dev.shopfloor.customers.Address;
import dev.shopfloor.customers.AddressInput;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.web.ApiException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * What it takes to turn a customer's stored addresses into the wanted set: addresses with a known id are
 * updated only when they differ, new ones inserted, missing ones deleted. Address ids stay stable.
 */
record AddressSet(List<Address> inserts, List<Address> updates, Set<UUID> deletes) {

    static AddressSet diff(List<Address> current, List<AddressInput> wanted) {
        checkDefaults(wanted);
        Map<UUID, Address> byId = current.stream().collect(Collectors.toMap(Address::id, Function.identity()));
        List<Address> inserts = new ArrayList<>();
        List<Address> updates = new ArrayList<>();
        Set<UUID> kept = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            AddressInput input = wanted.get(i);
            if (input.id() == null) {
                inserts.add(input.toAddress(Ids.newId()));
                continue;
            }
            Address existing = byId.get(input.id());
            if (existing == null || !kept.add(input.id())) {
                throw invalid("addresses[" + i + "].id", "is not an address of this customer, or is repeated");
            }
            Address replacement = input.toAddress(input.id());
            if (!replacement.equals(existing)) {
                updates.add(replacement);
            }
        }
        Set<UUID> deletes = new HashSet<>(byId.keySet());
        deletes.removeAll(kept);
        return new AddressSet(inserts, updates, deletes);
    }

    boolean changesAnything() {
        return !inserts.isEmpty() || !updates.isEmpty() || !deletes.isEmpty();
    }

    private static void checkDefaults(List<AddressInput> wanted) {
        Set<String> kindsWithDefault = new HashSet<>();
        for (AddressInput input : wanted) {
            if (input.isDefault() && !kindsWithDefault.add(input.kind())) {
                throw invalid("addresses", "at most one " + input.kind() + " address may be the default");
            }
        }
    }

    static ApiException invalid(String field, String message) {
        return new ApiException(
                HttpStatus.BAD_REQUEST,
                "validation_failed",
                "the request has invalid fields",
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }
}
