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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Issue 4 benchmark: {@code POST /api/orders} (pending orders that hold stock) at 16 and 64 concurrent clients in a
 * closed model, (a) lines over random SKUs out of many, (b) every order's first line the one hot SKU, so all
 * clients queue on one stock row's lock. Each order has 1 to 3 lines of quantity 1 over distinct SKUs, a random
 * customer. 201 counts as success, 409 (insufficient_stock) as a refusal, anything else as an error.
 *
 * <p>System properties: bench.baseUrl, bench.token, bench.skus (file of random SKUs), bench.hotSku,
 * bench.customers (file of customer ids), bench.clients ("16,64"), bench.seconds, bench.warmup, bench.out.
 */
public class OrdersSimulation extends Simulation {

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
    private static final List<String> SKUS = lines(System.getProperty("bench.skus", "target/data/skus.txt"));
    private static final String HOT_SKU = System.getProperty("bench.hotSku", "");
    private static final List<String> CUSTOMERS =
            lines(System.getProperty("bench.customers", "target/data/customers.txt"));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .authorizationHeader("Bearer " + TOKEN)
            .disableCaching();

    {
        if (HOT_SKU.isBlank()) {
            throw new IllegalStateException("bench.hotSku is required");
        }
        List<PopulationBuilder> phases = new ArrayList<>();
        // Both kinds in the warm-up, so the JIT has compiled both paths before the first measured phase.
        phases.add(scenario("warm-up")
                .during(Duration.ofSeconds(WARMUP))
                .on(randomSwitch()
                        .on(
                                percent(50.0).then(exec(placeOrder("warm-up random", false))),
                                percent(50.0).then(exec(placeOrder("warm-up hot", true)))))
                .injectClosed(constantConcurrentUsers(16).during(1)));
        for (boolean hot : List.of(false, true)) {
            for (int clients : CLIENTS) {
                String name = "POST /api/orders " + (hot ? "hot SKU" : "random SKUs") + " @" + clients;
                ScenarioBuilder scenario = scenario(name)
                        .during(Duration.ofSeconds(SETTLE))
                        .on(placeOrder("settle", hot))
                        .during(Duration.ofSeconds(SECONDS))
                        .on(timed(name, placeOrder(name, hot)));
                phases.add(scenario.injectClosed(constantConcurrentUsers(clients).during(1)));
            }
        }
        PopulationBuilder chain = phases.getFirst();
        for (PopulationBuilder next : phases.subList(1, phases.size())) {
            chain = chain.andThen(next);
        }
        setUp(chain)
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(WARMUP + phases.size() * (SECONDS + SETTLE + 30L)));
    }

    private HttpRequestActionBuilder placeOrder(String name, boolean hot) {
        return http(name)
                .post("/api/orders")
                .body(StringBody(session -> orderJson(hot)))
                .check(status().in(201, 409).saveAs("status"));
    }

    /** Our own nanosecond timing of successes; 409 counted apart; any other answer (or none) is an error. */
    private static ChainBuilder timed(String name, HttpRequestActionBuilder request) {
        Latencies latencies = Latencies.of(name);
        return exec(session -> session.set("t0", System.nanoTime()).remove("status"))
                .exec(request)
                .exec(session -> {
                    long end = System.nanoTime();
                    Object saved = session.contains("status") ? session.get("status") : null;
                    String status = saved == null ? "" : saved.toString();
                    if (!session.isFailed() && status.equals("409")) {
                        latencies.refused();
                    } else {
                        latencies.record(session.getLong("t0"), end, !session.isFailed() && status.equals("201"));
                    }
                    return session.markAsSucceeded();
                });
    }

    private static String orderJson(boolean hot) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int lineCount = 1 + random.nextInt(3);
        Set<String> skus = new LinkedHashSet<>();
        if (hot) {
            skus.add(HOT_SKU);
        }
        while (skus.size() < lineCount) {
            skus.add(SKUS.get(random.nextInt(SKUS.size())));
        }
        StringJoiner items = new StringJoiner(",", "[", "]");
        skus.forEach(sku -> items.add("{\"sku\":\"" + sku + "\",\"quantity\":1}"));
        return "{\"customerId\":\"" + CUSTOMERS.get(random.nextInt(CUSTOMERS.size())) + "\",\"items\":" + items
                + "}";
    }

    @Override
    public void after() {
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT,
                "| %-40s | %7s | %7s | %8s | %8s | %5s | %6s |%n",
                "scenario @ clients",
                "orders",
                "req/s",
                "p50 ms",
                "p99 ms",
                "409",
                "errors"));
        table.append("|------------------------------------------|---------|---------|----------|----------|-------|--------|\n");
        Latencies.all().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> table.append(String.format(
                        Locale.ROOT,
                        "| %-40s | %7d | %7.0f | %8.1f | %8.1f | %5d | %6d |%n",
                        e.getKey(),
                        e.getValue().ok(),
                        e.getValue().perSecond(),
                        e.getValue().percentileMillis(0.50),
                        e.getValue().percentileMillis(0.99),
                        e.getValue().refusedCount(),
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
}
