package dev.shopfloor.demo;

import dev.shopfloor.partners.StoreDetails;
import dev.shopfloor.partners.VendorDetails;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;

/** Vendors (suppliers and manufacturers) and the three stores of the demo business. */
final class DemoPartners {

    static final List<StoreDetails> STORES = List.of(
            new StoreDetails("WEB", "Online Store", "USD", "America/New_York", true),
            new StoreDetails("NYC", "New York Flagship", "USD", "America/New_York", true),
            new StoreDetails("LDN", "London Shop", "GBP", "Europe/London", true));

    private DemoPartners() {}

    static List<VendorDetails> vendors(long seed, int count) {
        Faker faker = new Faker(Locale.US, new Random(seed));
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add(faker.company().name() + (names.size() % 3 == 0 ? " Sportswear" : " Supply"));
        }
        List<VendorDetails> vendors = new ArrayList<>();
        for (String name : names) {
            String domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example.com";
            vendors.add(new VendorDetails(
                    name, "orders@" + domain, faker.phoneNumber().phoneNumber(), "https://" + domain, null, true));
        }
        return vendors;
    }
}
