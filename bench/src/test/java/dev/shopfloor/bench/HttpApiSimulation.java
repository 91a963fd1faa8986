package dev.shopfloor.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 2 benchmark: GET item by id, a filtered catalog list and create customer, each at 16 and 64 concurrent
 * clients in a closed model (every client sends its next request when the previous answer arrived, over its own
 * keep-alive connection). First a warm-up of all three endpoints (so the JIT has compiled the paths), then one
 * measured phase per endpoint and client count, each after a few unmeasured seconds to settle.
 *
 * <p>System properties: bench.baseUrl, bench.token, bench.items (file of item ids), bench.lists (file of query
 * strings), bench.clients (e.g. "16,64"), bench.seconds, bench.warmup, bench.out (result table file).
 */
public class HttpApiSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("bench.baseUrl", "http://127.0.0.1:8080");
    private static final String TOKEN = System.getProperty("bench.token", "");
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 20);
    private static final int SETTLE = 3;
    private static final List<Integer> CLIENTS = List.of(System.getProperty("bench.clients", "16,64").split(","))
            .stream()
            .map(String::trim)
            .map(Integer::parseInt)
            .toList();
    private static final List<String> ITEM_IDS = lines(System.getProperty("bench.items", "target/data/items.txt"));
    private static final List<String> LIST_QUERIES =
            lines(System.getProperty("bench.lists", "target/data/lists.txt"));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .authorizationHeader("Bearer " + TOKEN)
            .disableCaching();

    {
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET /api/catalog/{id}", this::itemById),
                new Endpoint("GET /api/catalog?filters", this::filteredList),
                new Endpoint("POST /api/customers", this::createCustomer));
        List<PopulationBuilder> phases = new ArrayList<>();
        phases.add(scenario("warm-up")
                .during(Duration.ofSeconds(WARMUP))
                .on(randomSwitch()
                        .on(
                                percent(40.0).then(exec(itemById("warm-up item"))),
                                percent(40.0).then(exec(filteredList("warm-up list"))),
                                percent(20.0).then(exec(createCustomer("warm-up customer")))))
                .injectClosed(constantConcurrentUsers(16).during(1)));
        for (Endpoint endpoint : endpoints) {
            for (int clients : CLIENTS) {
                String name = endpoint.name() + " @" + clients;
                ScenarioBuilder scenario = scenario(name)
                        .during(Duration.ofSeconds(SETTLE))
                        .on(endpoint.request().apply("settle"))
                        .during(Duration.ofSeconds(SECONDS))
                        .on(timed(name, endpoint.request().apply(name)));
                phases.add(scenario.injectClosed(constantConcurrentUsers(clients).during(1)));
            }
        }
        PopulationBuilder chain = phases.getFirst();
        for (PopulationBuilder next : phases.subList(1, phases.size())) {
            chain = chain.andThen(next);
        }
        setUp(chain).protocols(protocol).maxDuration(Duration.ofSeconds(WARMUP + phases.size() * (SECONDS + SETTLE + 30L)));
    }

    private HttpRequestActionBuilder itemById(String name) {
        return http(name)
                .get(session -> "/api/catalog/" + ITEM_IDS.get(random(ITEM_IDS.size())))
                .check(status().is(200));
    }

    private HttpRequestActionBuilder filteredList(String name) {
        return http(name)
                .get(session -> "/api/catalog?" + LIST_QUERIES.get(random(LIST_QUERIES.size())))
                .check(status().is(200));
    }

    private HttpRequestActionBuilder createCustomer(String name) {
        return http(name)
                .post("/api/customers")
                .body(StringBody(session -> customerJson()))
                .check(status().is(201));
    }

    /** Wraps a request with our own nanosecond timing; Gatling's KO status tells success. */
    private static ChainBuilder timed(String name, HttpRequestActionBuilder request) {
        Latencies latencies = Latencies.of(name);
        return exec(session -> session.set("t0", System.nanoTime()))
                .exec(request)
                .exec(session -> {
                    latencies.record(session.getLong("t0"), System.nanoTime(), !session.isFailed());
                    return session.markAsSucceeded();
                });
    }

    private static String customerJson() {
        String n = Long.toString(System.nanoTime(), 36) + random(1_000_000);
        return """
                {"name":"Bench Customer %s","email":"bench-%s@bench.local","phone":"+1 555 0100",
                 "tags":["bench","vip"],
                 "addresses":[{"kind":"shipping","line1":"1 Bench Street","city":"Springfield",
                               "postalCode":"12345","country":"US","isDefault":true}]}
                """
                .formatted(n, n);
    }

    @Override
    public void after() {
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT, "| %-30s | %8s | %9s | %8s | %8s | %6s |%n", "endpoint @ clients", "requests", "req/s",
                "p50 ms", "p99 ms", "errors"));
        table.append("|--------------------------------|----------|-----------|----------|----------|--------|\n");
        Latencies.all().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> table.append(String.format(
                        Locale.ROOT,
                        "| %-30s | %8d | %9.0f | %8.1f | %8.1f | %6d |%n",
                        e.getKey(),
                        e.getValue().ok(),
                        e.getValue().perSecond(),
                        e.getValue().percentileMillis(0.50),
                        e.getValue().percentileMillis(0.99),
                        e.getValue().failed())));
        System.out.println(table);
        String out = System.getProperty("bench.out");
        if (out != null) {
            try {
                Files.writeString(Path.of(out), table);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static int random(int bound) {
        return java.util.concurrent.ThreadLocalRandom.current().nextInt(bound);
    }

    private static List<String> lines(String file) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file)).stream()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty())
                    .toList();
            if (lines.isEmpty()) {
                throw new IllegalStateException(file + " is empty");
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("bench data file missing: " + file, e);
        }
    }

    private record Endpoint(String name, java.util.function.Function<String, HttpRequestActionBuilder> request) {}
}
