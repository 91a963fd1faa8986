package dev.shopfloor.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 3 benchmark against a running Shopfloor on 127.0.0.1.
 *
 * <ol>
 *   <li>Commit-to-client latency: N WebSocket subscribers of topic {@code vendors}; a writer inserts vendors over
 *       JDBC at R commits/s for S seconds and notes when each commit returned; every subscriber notes when the event
 *       of that vendor arrived. Latency = arrival - commit return (0 when the event beat the commit's reply).
 *   <li>Heap per idle connection: full GC and heap used in the app (jcmd), then M connections each subscribed to a
 *       quiet topic, full GC and heap used again; the difference divided by M.
 * </ol>
 *
 * Args: baseUrl token appPid pgPort plan seconds idleConnections resultFile, where plan lists latency runs as
 * {@code subscribers x commits/s}, e.g. {@code 1000x200,100x200}.
 */
public final class SyncBenchmark {

    private static final Pattern ENTITY_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final int BUCKETS = 200_000; // 0.1 ms each, up to 20 s
    private static final int WRITERS = 8;

    private final String baseUrl;
    private final URI syncUri;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    private final ConcurrentHashMap<String, Long> commitNanos = new ConcurrentHashMap<>();
    private final AtomicLongArray histogram = new AtomicLongArray(BUCKETS);
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong unknown = new AtomicLong();
    private final AtomicLong closedByServer = new AtomicLong();

    private SyncBenchmark(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.syncUri = URI.create(baseUrl.replaceFirst("^http", "ws") + "/api/sync");
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String token = args[1];
        long appPid = Long.parseLong(args[2]);
        int pgPort = Integer.parseInt(args[3]);
        // e.g. "1000x200,100x200": subscribers x commits/s, run one after the other
        String plan = args[4];
        int seconds = Integer.parseInt(args[5]);
        int idle = Integer.parseInt(args[6]);
        Path out = Path.of(args[7]);
        SyncBenchmark bench = new SyncBenchmark(baseUrl, token);
        StringBuilder report = new StringBuilder();
        report.append(
                """
                | subscribers | commits/s | commits | events expected | events received | p50 ms | p99 ms | max ms \
                | cut off as slow (server) | closed by server (client) |
                |---|---|---|---|---|---|---|---|---|---|
                """);
        for (String step : plan.split(",")) {
            String[] sr = step.trim().split("x");
            report.append(bench.latency(pgPort, Integer.parseInt(sr[0]), Integer.parseInt(sr[1]), seconds));
            Files.writeString(out, report);
        }
        report.append("\n");
        report.append(bench.idleHeap(appPid, idle));
        System.out.println(report);
        Files.writeString(out, report);
        System.exit(0);
    }

    private String latency(int pgPort, int subscribers, int rate, int seconds) throws Exception {
        received.set(0);
        unknown.set(0);
        closedByServer.set(0);
        for (int i = 0; i < BUCKETS; i++) {
            histogram.set(i, 0);
        }
        log("opening %d subscribers of topic vendors", subscribers);
        List<WebSocket> sockets = open(subscribers, "vendors", true);
        Thread.sleep(2_000);
        double droppedBefore = metric("shopfloor_sync_slow_consumers_dropped_total");
        long writes = (long) rate * seconds;
        log("writing %d vendors at %d commits/s", writes, rate);
        long started = System.nanoTime();
        long lateWrites = write(pgPort, rate, writes);
        double achieved = writes / ((System.nanoTime() - started) / 1e9);
        long expected = writes * subscribers;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (received.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        double dropped = metric("shopfloor_sync_slow_consumers_dropped_total") - droppedBefore;
        long cutOff = closedByServer.get();
        close(sockets);
        Thread.sleep(2_000);
        String row = String.format(
                Locale.ROOT,
                "| %d | %d (achieved %.0f, %d late) | %d | %d | %d | %.1f | %.1f | %.1f | %.0f | %d |%n",
                subscribers,
                rate,
                achieved,
                lateWrites,
                writes,
                expected,
                received.get(),
                percentile(0.50),
                percentile(0.99),
                percentile(1.0),
                dropped,
                cutOff);
        log("%s", row);
        return row;
    }

    /** A counter from the app's /actuator/prometheus (public), or NaN when it is not there. */
    private double metric(String name) {
        try {
            String body = http.send(
                            java.net.http.HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/prometheus"))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*\\} ([0-9.eE+-]+)$").matcher(body);
            return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    private String idleHeap(long appPid, int connections) throws Exception {
        long before = heapUsedAfterGc(appPid);
        log("heap used after GC before: %d KB; opening %d idle subscribers", before / 1024, connections);
        List<WebSocket> sockets = open(connections, "fabrics", false);
        Thread.sleep(5_000);
        long after = heapUsedAfterGc(appPid);
        int open = (int) sockets.stream().filter(s -> !s.isInputClosed()).count();
        double subscribed = metric("shopfloor_sync_subscribers");
        String histogram = jcmd(appPid, "GC.class_histogram")
                .lines()
                .limit(18)
                .collect(java.util.stream.Collectors.joining("\n"));
        close(sockets);
        String table = String.format(
                Locale.ROOT,
                """
                | idle connections open | subscribers (server) | heap before (MB) | heap after (MB) | heap per connection (KB) |
                |---|---|---|---|---|
                | %d | %.0f | %.1f | %.1f | %.1f |

                Largest classes in the app's heap with the connections open (jcmd GC.class_histogram):

                ```
                %s
                ```

                """,
                open,
                subscribed,
                before / 1048576.0,
                after / 1048576.0,
                (after - before) / 1024.0 / Math.max(1, open),
                histogram);
        log("%s", table);
        return table;
    }

    /** Opens {@code count} subscribed sockets, at most 200 handshakes in flight; returns once all are subscribed. */
    private List<WebSocket> open(int count, String topic, boolean measure) throws Exception {
        Semaphore inFlight = new Semaphore(200);
        CountDownLatch subscribed = new CountDownLatch(count);
        List<CompletableFuture<WebSocket>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            Listener listener = new Listener(subscribed, measure);
            CompletableFuture<WebSocket> socket = http.newWebSocketBuilder()
                    .header("Authorization", "Bearer " + token)
                    .connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(syncUri, listener)
                    .whenComplete((ws, error) -> {
                        inFlight.release();
                        if (ws != null) {
                            ws.sendText("{\"type\":\"subscribe\",\"topics\":[\"" + topic + "\"]}", true);
                        } else {
                            subscribed.countDown();
                        }
                    });
            futures.add(socket);
        }
        if (!subscribed.await(180, TimeUnit.SECONDS)) {
            log("only %d of %d subscribed in time", count - subscribed.getCount(), count);
        }
        List<WebSocket> sockets = new ArrayList<>();
        for (CompletableFuture<WebSocket> f : futures) {
            if (!f.isCompletedExceptionally() && f.isDone()) {
                sockets.add(f.join());
            }
        }
        log("%d of %d sockets open", sockets.size(), count);
        return sockets;
    }

    private static void close(List<WebSocket> sockets) {
        sockets.forEach(s -> s.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null));
    }

    /**
     * Inserts {@code count} vendors, one transaction each, on schedule at {@code rate}/s. Writers take turns on
     * the schedule over several connections, so one slow commit (fsync) does not hold back the next ones.
     * Returns how many commits started more than one interval late.
     */
    private long write(int pgPort, int rate, long count) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + pgPort + "/shopfloor";
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        AtomicLong late = new AtomicLong();
        List<Thread> writers = new ArrayList<>();
        List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(Thread.ofPlatform().name("writer-" + w).start(() -> {
                try (Connection c = DriverManager.getConnection(url, "shopfloor_owner", "shopfloor_owner");
                        PreparedStatement insert = c.prepareStatement(
                                "INSERT INTO vendors (id, name, notes) VALUES (?::uuid, ?, 'sync benchmark')")) {
                    for (long i = writer; i < count; i += WRITERS) {
                        long wait = start + i * interval - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        } else if (wait < -interval) {
                            late.incrementAndGet();
                        }
                        String id = UUID.randomUUID().toString();
                        commitNanos.put(id, Long.MIN_VALUE);
                        insert.setString(1, id);
                        insert.setString(2, "sync-bench-" + id);
                        insert.executeUpdate();
                        commitNanos.put(id, System.nanoTime());
                    }
                } catch (SQLException | InterruptedException e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread t : writers) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw failures.getFirst();
        }
        return late.get();
    }

    private void record(String message, long arrivedNanos) {
        if (!message.contains("\"event\"")) {
            return;
        }
        Matcher m = ENTITY_ID.matcher(message);
        Long committed = m.find() ? commitNanos.get(m.group(1)) : null;
        if (committed == null) {
            unknown.incrementAndGet();
            return;
        }
        received.incrementAndGet();
        long latency = committed == Long.MIN_VALUE ? 0 : Math.max(0, arrivedNanos - committed);
        histogram.incrementAndGet((int) Math.min(BUCKETS - 1, latency / 100_000));
    }

    private double percentile(double q) {
        long total = 0;
        for (int i = 0; i < BUCKETS; i++) {
            total += histogram.get(i);
        }
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += histogram.get(i);
            if (seen >= rank) {
                return (i + 1) / 10.0;
            }
        }
        return Double.NaN;
    }

    /** Runs a full GC in the app and reads the heap in use from {@code jcmd GC.heap_info}, in bytes. */
    private static long heapUsedAfterGc(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Thread.sleep(1_000);
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("no heap figure in: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }

    private static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[sync] " + format + "%n", args);
    }

    private final class Listener implements WebSocket.Listener {

        private final CountDownLatch subscribed;
        private final boolean measure;
        private final StringBuilder partial = new StringBuilder();
        private boolean counted;

        Listener(CountDownLatch subscribed, boolean measure) {
            this.subscribed = subscribed;
            this.measure = measure;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                if (!counted && message.contains("\"subscribed\"")) {
                    counted = true;
                    subscribed.countDown();
                } else if (message.contains("\"ping\"")) {
                    ws.sendText("{\"type\":\"pong\"}", true);
                } else if (measure) {
                    record(message, now);
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            if (measure) {
                closedByServer.incrementAndGet();
            }
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            if (!counted) {
                counted = true;
                subscribed.countDown();
            }
        }
    }
}
