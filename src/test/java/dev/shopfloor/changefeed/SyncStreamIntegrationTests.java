package dev.shopfloor.changefeed;

import static dev.shopfloor.changefeed.OrderingIntegrationTests.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import dev.shopfloor.testing.SyncClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/** SSE, polling, resync after pruning, metrics. */
class SyncStreamIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ChangeFeed feed;

    private Writes writes() {
        return new Writes(jdbc, transactions);
    }

    @Test
    void sseResumesAfterLastEventIdThenStaysLive() throws Exception {
        long headBefore = feed.headSeq();
        UUID first = writes().vendor(unique("sse-first"));
        UUID second = writes().vendor(unique("sse-second"));
        writes().inTransaction(w -> w.renameVendor(first, unique("sse-first-renamed")));
        List<JsonNode> polled = items(admin().get("/api/changes?topics=vendors&since=" + headBefore));
        assertThat(polled).extracting(OrderingIntegrationTests::id).containsExactly(first, second, first);
        long firstSeq = polled.getFirst().get("seq").asLong();

        try (SseClient sse = SseClient.open(port, admin().token(), "/api/sync/stream?topics=vendors", firstSeq)) {
            List<SseClient.Event> resumed = sse.awaitEvents(2);
            assertThat(resumed)
                    .extracting(SseClient.Event::id)
                    .containsExactly(
                            polled.get(1).get("seq").asString(),
                            polled.get(2).get("seq").asString());
            assertThat(resumed.get(1).data().get("op").asString()).isEqualTo("update");
            UUID live = writes().vendor(unique("sse-live"));
            SseClient.Event liveEvent = sse.awaitEvents(3).get(2);
            assertThat(id(liveEvent.data())).isEqualTo(live);
            assertThat(Long.parseLong(liveEvent.id()))
                    .isGreaterThan(polled.get(2).get("seq").asLong());
        }
    }

    @Test
    void sseAcceptsTheTokenAsAccessTokenParameterForBrowsers() {
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                        + "/api/sync/stream?topics=vendors&access_token=" + admin().token()))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofLines())
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
        response.body().close();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(anonymous()
                        .get("/api/changes?access_token=" + admin().token())
                        .status())
                .as("only the stream takes a token from the URL")
                .isEqualTo(401);
    }

    @Test
    void pollingFiltersByRoleAndTopic() {
        long headBefore = feed.headSeq();
        String email = unique("polled") + "@test.local";
        UUID user = CurrentActor.runAs(
                Actor.system("test"), () -> users.create(email, "password-1", Role.VIEWER, null, List.of()));
        UUID vendor = writes().vendor(unique("polled-vendor"));

        Response adminView = admin().get("/api/changes?since=" + headBefore);
        assertThat(adminView.status()).isEqualTo(200);
        assertThat(items(adminView)).extracting(OrderingIntegrationTests::id).contains(user, vendor);
        assertThat(adminView.json().get("headSeq").asLong()).isGreaterThan(headBefore);

        Api staff = as(Role.STAFF);
        List<UUID> staffSees = items(staff.get("/api/changes?since=" + headBefore)).stream()
                .map(OrderingIntegrationTests::id)
                .toList();
        assertThat(staffSees).contains(vendor).doesNotContain(user);
        assertThat(staff.get("/api/changes?topics=users").code()).isEqualTo("forbidden_topic");
        assertThat(staff.get("/api/changes?topics=users").status()).isEqualTo(403);
        assertThat(staff.get("/api/changes?topics=nope").status()).isEqualTo(400);
        assertThat(staff.get("/api/changes?topics=nope").code()).isEqualTo("unknown_topic");
        assertThat(staff.get("/api/changes?limit=0").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/changes").status()).isEqualTo(401);

        Response vendorView = as(Role.VENDOR, vendor).get("/api/changes?since=" + headBefore);
        assertThat(vendorView.status()).isEqualTo(200);
        assertThat(items(vendorView)).isEmpty();

        Response firstPage = admin().get("/api/changes?topics=vendors&limit=1&since=" + headBefore);
        assertThat(items(firstPage)).hasSize(1);
        assertThat(id(items(firstPage).getFirst())).isEqualTo(vendor);
    }

    @Test
    void readersOlderThanTheKeptLogAreToldToResync() throws Exception {
        long headBefore = feed.headSeq();
        UUID old = writes().vendor(unique("to-be-pruned"));
        long oldSeq = items(admin().get("/api/changes?topics=vendors&since=" + headBefore)).stream()
                .filter(e -> id(e).equals(old))
                .findFirst()
                .orElseThrow()
                .get("seq")
                .asLong();
        assertThat(feed.pruneBefore(Instant.now().plusSeconds(1))).isPositive();
        long head = feed.headSeq();

        Response polled = admin().get("/api/changes?since=" + (oldSeq - 1));
        assertThat(polled.status()).isEqualTo(410);
        assertThat(polled.code()).isEqualTo("resync_required");

        try (SyncClient client = SyncClient.connect(port, admin().token())) {
            client.send(Map.of("type", "subscribe", "topics", List.of("vendors"), "since", oldSeq - 1));
            JsonNode resync = client.awaitMessage(0, m -> SyncClient.type(m).equals("resync"));
            assertThat(resync.get("reason").asString()).isNotBlank();
            JsonNode subscribed = client.awaitMessage(0, m -> SyncClient.type(m).equals("subscribed"));
            assertThat(client.messages.indexOf(subscribed)).isGreaterThan(client.messages.indexOf(resync));
            assertThat(client.events()).isEmpty();
            UUID fresh = writes().vendor(unique("after-prune"));
            JsonNode event = client.awaitEvents(e -> id(e).equals(fresh), 1).getFirst();
            assertThat(event.get("seq").asLong()).isGreaterThan(head);
        }
        try (SseClient sse = SseClient.open(port, admin().token(), "/api/sync/stream?topics=vendors", oldSeq - 1)) {
            await().atMost(SyncClient.PATIENCE).until(() -> sse.lines.contains("event:resync"));
        }
        assertThat(admin().get("/api/changes?since=" + head).status()).isEqualTo(200);
    }

    @Test
    void exposesSyncMetrics() {
        try (SyncClient client = SyncClient.connect(port, admin().token())) {
            client.subscribe(Map.of("topics", List.of("vendors")));
            UUID vendor = writes().vendor(unique("metered"));
            client.awaitEvents(e -> id(e).equals(vendor), 1);
            String metrics = anonymous()
                    .send("GET", "/actuator/prometheus", null, "Accept", "text/plain")
                    .body();
            assertThat(metrics)
                    .contains("shopfloor_sync_subscribers")
                    .contains("shopfloor_sync_events_sent_total")
                    .contains("shopfloor_sync_lag_seconds_bucket")
                    .contains("shopfloor_sync_slow_consumers_dropped_total");
        }
    }

    private static List<JsonNode> items(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().get("items").forEach(items::add);
        return items;
    }

    /** A real SSE client: raw lines of text/event-stream, parsed into events with id and JSON data. */
    record SseClient(List<String> lines, Stream<String> body) implements AutoCloseable {

        record Event(String id, JsonNode data) {}

        static SseClient open(int port, String token, String path, long lastEventId) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream")
                    .header("Last-Event-ID", Long.toString(lastEventId))
                    .build();
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                    .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                    .orTimeout(30, TimeUnit.SECONDS)
                    .join();
            assertThat(response.statusCode()).isEqualTo(200);
            List<String> lines = new CopyOnWriteArrayList<>();
            Stream<String> body = response.body();
            Thread.ofVirtual().start(() -> {
                try {
                    body.forEach(line -> lines.add(line.replace("id: ", "id:")
                            .replace("data: ", "data:")
                            .replace("event: ", "event:")));
                } catch (RuntimeException e) {
                    // closed
                }
            });
            return new SseClient(lines, body);
        }

        List<Event> events() {
            List<Event> events = new ArrayList<>();
            String id = null;
            for (String line : List.copyOf(lines)) {
                if (line.startsWith("id:")) {
                    id = line.substring(3);
                } else if (line.startsWith("data:") && id != null) {
                    events.add(new Event(id, Api.JSON.readTree(line.substring(5))));
                    id = null;
                }
            }
            return events;
        }

        List<Event> awaitEvents(int count) {
            await().atMost(SyncClient.PATIENCE)
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> events().size() >= count);
            return events();
        }

        @Override
        public void close() {
            body.close();
        }
    }
}
