package dev.shopfloor.changefeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.SyncClient;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The facade other modules use: in-process listeners and reads of the log. */
class ChangeFeedIntegrationTests extends IntegrationTest {

    @Autowired
    ChangeFeed feed;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void localListenersGetEveryEventInSeqOrderUntilTheyStop() {
        Writes writes = new Writes(jdbc, transactions);
        long since = feed.headSeq();
        List<ChangeEvent> heard = new CopyOnWriteArrayList<>();
        List<UUID> ids;
        try (ChangeFeed.Registration registration = feed.subscribe(heard::add)) {
            ids = List.of(
                    writes.vendor(unique("local-1")),
                    writes.vendor(unique("local-2")),
                    writes.vendor(unique("local-3")));
            await().atMost(SyncClient.PATIENCE)
                    .until(() -> heard.stream().map(ChangeEvent::id).toList().containsAll(ids));
        }
        List<ChangeEvent> ours =
                heard.stream().filter(e -> ids.contains(e.id())).toList();
        assertThat(ours).extracting(ChangeEvent::id).containsExactlyElementsOf(ids);
        assertThat(heard).extracting(ChangeEvent::seq).isSorted().doesNotHaveDuplicates();
        assertThat(ours.getFirst().data().get("name").asString()).startsWith("local-1");

        ChangeFeed.Changes read = feed.read(since, List.of("vendors"), 100);
        assertThat(read.items()).extracting(ChangeEvent::id).containsSubsequence(ids);
        assertThat(read.headSeq()).isGreaterThanOrEqualTo(ours.getLast().seq());
        assertThat(feed.topics()).contains("vendors", "stores", "users");

        int before = heard.size();
        UUID after = writes.vendor(unique("local-after-close"));
        await().atMost(SyncClient.PATIENCE)
                .until(() -> feed.read(since, List.of("vendors"), 100).items().stream()
                        .anyMatch(e -> e.id().equals(after)));
        assertThat(heard).hasSize(before);
    }
}
