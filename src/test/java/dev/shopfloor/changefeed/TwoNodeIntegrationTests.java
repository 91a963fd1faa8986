package dev.shopfloor.changefeed;

import static dev.shopfloor.changefeed.OrderingIntegrationTests.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.SecondNode;
import dev.shopfloor.testing.SyncClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/** Two app instances on one database: each tails the shared log, so a change made on A reaches clients of B. */
class TwoNodeIntegrationTests extends IntegrationTest {

    private static SecondNode secondNode;
    private static ApplicationContext nodeB;
    private static int portB;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext nodeA;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeAll
    static void startSecondNode(@Autowired ApplicationContext nodeA) {
        secondNode = SecondNode.start(nodeA);
        nodeB = secondNode.context();
        portB = secondNode.port();
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void theSecondNodeUsesTheFirstNodesDatabase() {
        assertThat(nodeB.getBean(ChangeFeed.class).headSeq()).isGreaterThan(0);
        assertThat(port(nodeB)).isEqualTo(port(nodeA));
    }

    @Test
    void aChangeMadeOnNodeAReachesAWebSocketClientOfNodeB() {
        Api onB = new Api(portB, null).signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        try (SyncClient clientOfB = SyncClient.connect(portB, onB.token())) {
            clientOfB.subscribe(Map.of("topics", List.of("vendors")));
            UUID vendor = new Writes(jdbc, transactions).vendor(unique("made-on-a"));
            JsonNode event = clientOfB.awaitEvents(e -> id(e).equals(vendor), 1).getFirst();
            assertThat(event.get("op").asString()).isEqualTo("insert");
        }
    }

    @Test
    void bothNodesStampConcurrentWritesIntoOneOrderThatBothDeliver() throws Exception {
        Writes onA = new Writes(jdbc, transactions);
        Writes onB = new Writes(nodeB.getBean(JdbcClient.class), nodeB.getBean(PlatformTransactionManager.class));
        try (SyncClient clientOfA = SyncClient.connect(port, admin().token());
                SyncClient clientOfB = SyncClient.connect(
                        portB,
                        new Api(portB, null)
                                .signedIn(ADMIN_EMAIL, ADMIN_PASSWORD)
                                .token())) {
            clientOfA.subscribe(Map.of("topics", List.of("vendors")));
            clientOfB.subscribe(Map.of("topics", List.of("vendors")));
            List<UUID> written = Collections.synchronizedList(new ArrayList<>());
            Thread writerA = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 20; i++) {
                    written.add(onA.vendor(unique("node-a")));
                }
            });
            Thread writerB = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 20; i++) {
                    written.add(onB.vendor(unique("node-b")));
                }
            });
            writerA.join(TimeUnit.SECONDS.toMillis(120));
            writerB.join(TimeUnit.SECONDS.toMillis(120));
            assertThat(written).hasSize(40);

            List<Long> seqsOnA = seqs(clientOfA.awaitEvents(e -> written.contains(id(e)), 40));
            List<Long> seqsOnB = seqs(clientOfB.awaitEvents(e -> written.contains(id(e)), 40));
            assertThat(seqsOnA).hasSize(40).isSorted().doesNotHaveDuplicates();
            assertThat(seqsOnB).containsExactlyElementsOf(seqsOnA);
        }
    }

    private static int port(ApplicationContext node) {
        String jdbcUrl =
                node.getBean("flywayDataSource", HikariDataSource.class).getJdbcUrl();
        return URI.create(jdbcUrl.substring("jdbc:".length())).getPort();
    }

    private static List<Long> seqs(List<JsonNode> events) {
        return events.stream().map(e -> e.get("seq").asLong()).toList();
    }
}
