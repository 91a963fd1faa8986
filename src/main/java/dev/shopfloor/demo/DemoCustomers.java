package dev.shopfloor.demo;

import dev.shopfloor.customers.AddressInput;
import dev.shopfloor.customers.NewCommunication;
import dev.shopfloor.customers.NewCustomer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/** Generates customers with addresses, tags and a communication log; the same seed gives the same people. */
final class DemoCustomers {

    private static final List<String> TAGS =
            List.of("vip", "wholesale", "team", "club", "school", "newsletter", "returning", "b2b");
    private static final List<String> COUNTRIES = List.of("US", "US", "US", "GB", "DE", "FR", "CA", "AU", "NL");
    private static final List<String> DOMAINS = List.of("example.com", "example.net", "example.org");
    private static final List<String> KINDS = List.of("note", "call", "email", "meeting");

    private final Random random;
    private final Faker faker;
    private final Instant now;

    DemoCustomers(long seed, Instant now) {
        this.random = new Random(seed);
        this.faker = new Faker(Locale.US, new Random(seed + 1));
        this.now = now;
    }

    record Generated(NewCustomer customer, List<NewCommunication> communications) {}

    List<Generated> generate(int count) {
        List<Generated> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            customers.add(new Generated(customer(i), communications()));
        }
        return customers;
    }

    private NewCustomer customer(int index) {
        String first = faker.name().firstName();
        String last = faker.name().lastName();
        String local = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
        String email = local + "." + index + "@" + pick(DOMAINS);
        boolean business = random.nextInt(10) < 3;
        return new NewCustomer(
                first + " " + last,
                email,
                faker.phoneNumber().cellPhone(),
                business ? truncate(faker.company().name(), 200) : null,
                tags(business),
                random.nextInt(5) == 0 ? faker.lorem().sentence(12) : null,
                addresses(business));
    }

    private List<String> tags(boolean business) {
        List<String> tags = new ArrayList<>();
        if (business) {
            tags.add("b2b");
        }
        int extra = random.nextInt(3);
        for (int i = 0; i < extra; i++) {
            String tag = pick(TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private List<AddressInput> addresses(boolean business) {
        String country = pick(COUNTRIES);
        List<AddressInput> addresses = new ArrayList<>();
        addresses.add(address("Home", "shipping", country));
        if (business || random.nextInt(3) == 0) {
            addresses.add(address(business ? "Office" : "Billing", "billing", country));
        }
        return addresses;
    }

    private AddressInput address(String label, String kind, String country) {
        return new AddressInput(
                null,
                label,
                kind,
                truncate(faker.address().streetAddress(), 200),
                random.nextInt(4) == 0 ? faker.address().secondaryAddress() : null,
                truncate(faker.address().city(), 100),
                faker.address().state(),
                faker.address().zipCode(),
                country,
                true);
    }

    private List<NewCommunication> communications() {
        int count = random.nextInt(4);
        List<NewCommunication> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String kind = pick(KINDS);
            entries.add(new NewCommunication(
                    kind,
                    kind.equals("note") ? null : (random.nextBoolean() ? "in" : "out"),
                    truncate(faker.lorem().sentence(4), 200),
                    faker.lorem().paragraph(2),
                    now.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)))));
        }
        entries.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
        return entries;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
