package dev.shopfloor.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Response times per request name, counted into 0.1 ms buckets, so req/s, p50 and p99 come from exactly the
 * requests of one measured phase (Gatling's own report mixes in the warm-up and has 1 ms resolution).
 */
final class Latencies {

    private static final int BUCKETS = 600_000; // 0.1 ms each, up to 60 s
    private static final Map<String, Latencies> BY_NAME = new ConcurrentHashMap<>();

    private final AtomicLongArray histogram = new AtomicLongArray(BUCKETS);
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong firstStartNanos = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastEndNanos = new AtomicLong();

    static Latencies of(String name) {
        return BY_NAME.computeIfAbsent(name, n -> new Latencies());
    }

    static Map<String, Latencies> all() {
        return BY_NAME;
    }

    void record(long startNanos, long endNanos, boolean success) {
        firstStartNanos.accumulateAndGet(startNanos, Math::min);
        lastEndNanos.accumulateAndGet(endNanos, Math::max);
        if (!success) {
            failed.incrementAndGet();
            return;
        }
        ok.incrementAndGet();
        int bucket = (int) Math.min(BUCKETS - 1, (endNanos - startNanos) / 100_000);
        histogram.incrementAndGet(bucket);
    }

    /** An expected refusal (e.g. 409 insufficient_stock): neither a success nor an error, not in the latencies. */
    void refused() {
        refused.incrementAndGet();
    }

    long refusedCount() {
        return refused.get();
    }

    long ok() {
        return ok.get();
    }

    long failed() {
        return failed.get();
    }

    double seconds() {
        return Math.max(1, lastEndNanos.get() - firstStartNanos.get()) / 1e9;
    }

    double perSecond() {
        return ok.get() / seconds();
    }

    /** The q-quantile in milliseconds (upper edge of its bucket). */
    double percentileMillis(double q) {
        long rank = (long) Math.ceil(q * ok.get());
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += histogram.get(i);
            if (seen >= rank && seen > 0) {
                return (i + 1) / 10.0;
            }
        }
        return Double.NaN;
    }
}
