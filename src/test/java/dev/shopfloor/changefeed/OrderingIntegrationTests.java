package dev.shopfloor.changefeed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.SyncClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * The ordering guarantee: transactions that draw log ids in one order and commit in another are still delivered
 * exactly once, in one increasing seq order, each entity's changes in commit order; an open transaction holds
 * nobody back.
 */
class OrderingIntegrationTests extends IntegrationTest {

    private static final int WRITERS = 6;
    private static final int TRANSACTIONS_PER_WRITER = 15;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ChangeFeed feed;

    @Test
    void deliversEveryEventOnceInSeqOrderWhenTransactionsCommitOutOfIdOrder() throws Exception {
        Writes writes = new Writes(jdbc, transactions);
        UUID hot = writes.vendor(unique("hot"));
        long headBefore = feed.headSeq();
        try (SyncClient client = SyncClient.connect(port, admin().token())) {
            client.subscribe(Map.of("topics", List.of("vendors")));
            Set<UUID> ours = new HashSet<>(List.of(hot));

            // A draws its log id first; B draws a later one and commits; a reader gets B, passing B's seq,
            // while A is still open; then A commits. A reader paging by id would now skip A.
            CountDownLatch aWrote = new CountDownLatch(1);
            CountDownLatch bCommitted = new CountDownLatch(1);
            CountDownLatch releaseA = new CountDownLatch(1);
            UUID[] aAndB = new UUID[2];
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
            try {
                Future<?> a = pool.submit(() -> writes.inTransaction(w -> {
                    aAndB[0] = w.insertVendor(unique("early-id-late-commit"));
                    aWrote.countDown();
                    awaitLatch(releaseA);
                }));
                Future<?> b = pool.submit(() -> {
                    awaitLatch(aWrote);
                    aAndB[1] = writes.vendor(unique("late-id-early-commit"));
                    bCommitted.countDown();
                });
                List<Future<List<UUID>>> writers = new ArrayList<>();
                for (int i = 0; i < WRITERS; i++) {
                    writers.add(pool.submit(() -> writeConcurrently(writes, hot)));
                }
                awaitLatch(bCommitted);
                client.awaitEvents(e -> id(e).equals(aAndB[1]), 1);
                assertThat(client.events()).noneMatch(e -> id(e).equals(aAndB[0]));
                releaseA.countDown();
                a.get(60, TimeUnit.SECONDS);
                b.get(60, TimeUnit.SECONDS);
                for (Future<List<UUID>> writer : writers) {
                    ours.addAll(writer.get(120, TimeUnit.SECONDS));
                }
            } finally {
                releaseA.countDown();
                pool.shutdownNow();
            }
            ours.addAll(List.of(aAndB));

            int expected = 2 + WRITERS * TRANSACTIONS_PER_WRITER * 2; // A, B, then an insert + a hot update each
            List<JsonNode> received = client.awaitEvents(e -> ours.contains(id(e)), expected);
            assertThat(received).hasSize(expected);

            List<Long> allSeqs =
                    client.events().stream().map(e -> e.get("seq").asLong()).toList();
            assertThat(allSeqs).isSorted().doesNotHaveDuplicates();

            List<Integer> hotVersions = received.stream()
                    .filter(e -> id(e).equals(hot))
                    .map(e -> e.get("version").asInt())
                    .toList();
            List<Integer> consecutive = new ArrayList<>();
            for (int v = 2; v <= 1 + WRITERS * TRANSACTIONS_PER_WRITER; v++) {
                consecutive.add(v);
            }
            assertThat(hotVersions).containsExactlyElementsOf(consecutive);

            long seqA = seqOf(received, aAndB[0]);
            long seqB = seqOf(received, aAndB[1]);
            assertThat(seqA).as("A committed after B, so it is applied after B").isGreaterThan(seqB);
            assertThat(logIdOf(aAndB[0]))
                    .as("although A drew the smaller log id")
                    .isLessThan(logIdOf(aAndB[1]));
        }
        assertDenseFrom(headBefore);
    }

    @Test
    void anOpenTransactionHoldsNobodyBackAndItsChangesArriveAfterItCommits() throws Exception {
        Writes writes = new Writes(jdbc, transactions);
        try (SyncClient client = SyncClient.connect(port, admin().token())) {
            client.subscribe(Map.of("topics", List.of("vendors")));
            CountDownLatch longWrote = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            UUID[] longId = new UUID[1];
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                long openedAt = System.nanoTime();
                Future<?> longTransaction = pool.submit(() -> writes.inTransaction(w -> {
                    longId[0] = w.insertVendor(unique("bulk-import"));
                    longWrote.countDown();
                    awaitLatch(release);
                }));
                awaitLatch(longWrote);

                List<UUID> quick = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    quick.add(writes.vendor(unique("quick")));
                }
                client.awaitEvents(e -> quick.contains(id(e)), quick.size());
                assertThat(client.events().stream().map(OrderingIntegrationTests::id))
                        .as("the open transaction's change is not delivered yet")
                        .doesNotContain(longId[0]);

                // keep it open for at least 10 s, then commit
                long openFor = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - openedAt);
                Thread.sleep(Math.max(0, 10_000 - openFor));
                assertThat(client.events().stream().map(OrderingIntegrationTests::id))
                        .doesNotContain(longId[0]);
                release.countDown();
                longTransaction.get(60, TimeUnit.SECONDS);

                JsonNode late =
                        client.awaitEvents(e -> id(e).equals(longId[0]), 1).getFirst();
                long lastQuickSeq = client.events().stream()
                        .filter(e -> quick.contains(id(e)))
                        .mapToLong(e -> e.get("seq").asLong())
                        .max()
                        .orElseThrow();
                assertThat(late.get("seq").asLong()).isGreaterThan(lastQuickSeq);
                assertThat(logIdOf(longId[0])).isLessThan(logIdOf(quick.getFirst()));
            } finally {
                release.countDown();
                pool.shutdownNow();
            }
        }
    }

    private List<UUID> writeConcurrently(Writes writes, UUID hot) {
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < TRANSACTIONS_PER_WRITER; i++) {
            writes.inTransaction(w -> {
                created.add(w.insertVendor(unique("writer")));
                pause(ThreadLocalRandom.current().nextInt(0, 15));
                w.setVendorNotes(hot, UUID.randomUUID().toString());
                pause(ThreadLocalRandom.current().nextInt(0, 5));
            });
        }
        return created;
    }

    private void assertDenseFrom(long headBefore) {
        long head = feed.headSeq();
        List<Long> seqs = jdbc.sql("SELECT seq FROM change_log WHERE seq > :from AND seq <= :to ORDER BY seq")
                .param("from", headBefore)
                .param("to", head)
                .query(Long.class)
                .list();
        assertThat(seqs).hasSize((int) (head - headBefore));
        for (int i = 0; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(headBefore + 1 + i);
        }
    }

    private long logIdOf(UUID entity) {
        return jdbc.sql("SELECT min(id) FROM change_log WHERE entity_id = :id")
                .param("id", entity)
                .query(Long.class)
                .single();
    }

    private static long seqOf(List<JsonNode> events, UUID entity) {
        return events.stream()
                .filter(e -> id(e).equals(entity))
                .findFirst()
                .orElseThrow()
                .get("seq")
                .asLong();
    }

    static UUID id(JsonNode event) {
        return UUID.fromString(event.get("id").asString());
    }

    static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch not released in 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
