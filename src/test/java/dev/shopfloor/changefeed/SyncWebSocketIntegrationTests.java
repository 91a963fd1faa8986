package dev.shopfloor.changefeed;

import static dev.shopfloor.changefeed.OrderingIntegrationTests.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.shopfloor.changefeed.internal.SyncMetrics;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import dev.shopfloor.testing.SyncClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

class SyncWebSocketIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    SyncMetrics metrics;

    private Writes writes() {
        return new Writes(jdbc, transactions);
    }

    @Test
    void createUpdateAndDeleteArriveWithTheirData() {
        try (SyncClient client = SyncClient.connect(port, admin().token())) {
            long head = client.subscribe(Map.of("topics", List.of("vendors")));
            assertThat(head).isPositive();
            String name = unique("Acme");
            UUID vendor = writes().vendor(name);
            writes().inTransaction(w -> w.renameVendor(vendor, name + " Ltd"));
            writes().inTransaction(w -> w.deleteVendor(vendor));

            List<JsonNode> events = client.awaitEvents(e -> id(e).equals(vendor), 3);
            assertThat(events).extracting(e -> e.get("op").asString()).containsExactly("insert", "update", "delete");
            JsonNode insert = events.get(0);
            assertThat(insert.get("topic").asString()).isEqualTo("vendors");
            assertThat(insert.get("version").asInt()).isEqualTo(1);
            assertThat(insert.at("/data/name").asString()).isEqualTo(name);
            assertThat(insert.at("/data/active").asBoolean()).isTrue();
            assertThat(insert.get("data").has("createdAt")).isTrue();
            assertThat(insert.get("data").has("created_at")).isFalse();
            assertThat(insert.get("actorId").asString()).isEqualTo("system:test");
            assertThat(insert.get("at").asString()).endsWith("Z");
            assertThat(insert.has("vendorId")).isFalse();
            JsonNode update = events.get(1);
            assertThat(update.get("version").asInt()).isEqualTo(2);
            assertThat(update.at("/data/name").asString()).isEqualTo(name + " Ltd");
            assertThat(update.get("changed").toString()).isEqualTo("[\"name\"]");
            JsonNode delete = events.get(2);
            assertThat(delete.at("/data/name").asString()).isEqualTo(name + " Ltd");
            assertThat(events).extracting(e -> e.get("seq").asLong()).isSorted();
        }
    }

    @Test
    void secretColumnsNeverLeaveTheServer() {
        try (SyncClient client = SyncClient.connect(port, admin().token())) {
            client.subscribe(Map.of("topics", List.of("users")));
            String email = unique("secret") + "@test.local";
            UUID user = CurrentActor.runAs(
                    Actor.system("test"), () -> users.create(email, "password-1", Role.STAFF, null, List.of()));
            JsonNode event = client.awaitEvents(e -> id(e).equals(user), 1).getFirst();
            assertThat(event.at("/data/email").asString()).isEqualTo(email);
            assertThat(event.get("data").has("passwordHash")).isFalse();
            assertThat(event.toString()).doesNotContain("$2a$");
        }
    }

    @Test
    void resumingWithSinceDeliversExactlyTheMissedEventsWithoutGapWhileWritesContinue() throws Exception {
        UUID first;
        long resumeFrom;
        try (SyncClient client = SyncClient.connect(port, admin().token())) {
            client.subscribe(Map.of("topics", List.of("vendors")));
            first = writes().vendor(unique("before-disconnect"));
            resumeFrom = client.awaitEvents(e -> id(e).equals(first), 1)
                    .getFirst()
                    .get("seq")
                    .asLong();
        }
        List<UUID> missed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            missed.add(writes().vendor(unique("missed")));
        }
        writes().inTransaction(w -> w.renameVendor(first, unique("renamed-while-away")));

        // more writes go on while the client catches up: the switch to live must neither lose nor repeat one
        List<UUID> during = new ArrayList<>();
        Thread writer = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < 30; i++) {
                during.add(writes().vendor(unique("during")));
            }
        });
        try (SyncClient client = SyncClient.connect(port, admin().token())) {
            client.subscribe(Map.of("topics", List.of("vendors"), "since", resumeFrom));
            writer.join(TimeUnit.SECONDS.toMillis(120));
            assertThat(writer.isAlive()).isFalse();
            List<JsonNode> events = client.awaitEvents(e -> during.contains(id(e)), during.size());
            JsonNode lastDuring = events.getLast();

            List<JsonNode> received = client.events();
            assertThat(received.subList(0, 6))
                    .extracting(OrderingIntegrationTests::id)
                    .containsExactly(missed.get(0), missed.get(1), missed.get(2), missed.get(3), missed.get(4), first);
            Response polled = admin().get("/api/changes?topics=vendors&limit=1000&since=" + resumeFrom);
            List<Long> expectedSeqs = new ArrayList<>();
            for (JsonNode item : polled.json().get("items")) {
                if (item.get("seq").asLong() <= lastDuring.get("seq").asLong()) {
                    expectedSeqs.add(item.get("seq").asLong());
                }
            }
            List<Long> receivedSeqs = received.stream()
                    .map(e -> e.get("seq").asLong())
                    .filter(seq -> seq <= lastDuring.get("seq").asLong())
                    .toList();
            assertThat(receivedSeqs).containsExactlyElementsOf(expectedSeqs);
            assertThat(receivedSeqs).hasSize(6 + 30);
        }
    }

    @Test
    void filtersByIds() {
        UUID watched = writes().vendor(unique("watched"));
        try (SyncClient client = SyncClient.connect(port, admin().token())) {
            client.subscribe(Map.of("topics", List.of("vendors"), "filter", Map.of("ids", List.of(watched))));
            UUID other = writes().vendor(unique("other"));
            writes().inTransaction(w -> w.renameVendor(watched, unique("watched-renamed")));
            client.awaitEvents(e -> id(e).equals(watched), 1);
            writes().inTransaction(w -> w.renameVendor(other, unique("other-renamed")));
            writes().inTransaction(w -> w.renameVendor(watched, unique("watched-again")));
            client.awaitEvents(e -> id(e).equals(watched), 2);
            assertThat(client.events()).extracting(OrderingIntegrationTests::id).containsOnly(watched);
        }
    }

    @Test
    void badMessagesAndUnknownTopicsGetErrorsAndTheConnectionStaysOpen() {
        try (SyncClient client = SyncClient.connect(port, admin().token())) {
            client.send(Map.of("type", "subscribe", "topics", List.of("vendors", "no_such_topic")));
            JsonNode error = client.awaitMessage(0, m -> SyncClient.type(m).equals("error"));
            assertThat(error.get("code").asString()).isEqualTo("unknown_topic");
            assertThat(error.get("detail").asString()).contains("no_such_topic");
            int before = client.messages.size();
            client.send(Map.of("type", "dance"));
            assertThat(client.awaitMessage(before, m -> SyncClient.type(m).equals("error"))
                            .get("code")
                            .asString())
                    .isEqualTo("unknown_type");
            before = client.messages.size();
            client.send(Map.of("type", "ping"));
            client.awaitMessage(before, m -> SyncClient.type(m).equals("pong"));
            client.subscribe(Map.of("topics", List.of("vendors")));
            UUID vendor = writes().vendor(unique("after-errors"));
            client.awaitEvents(e -> id(e).equals(vendor), 1);
            assertThat(client.isClosed()).isFalse();
        }
    }

    @Test
    void refusesTheUpgradeWithoutAValidTokenAndAcceptsAccessTokenParameter() {
        WebSocket.Listener ignore = new WebSocket.Listener() {};
        HttpClient http = HttpClient.newHttpClient();
        assertThatThrownBy(() -> http.newWebSocketBuilder()
                        .header("Authorization", "Bearer not-a-token")
                        .buildAsync(URI.create("ws://127.0.0.1:" + port + "/api/sync"), ignore)
                        .join())
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(401));
        assertThatThrownBy(() -> http.newWebSocketBuilder()
                        .buildAsync(URI.create("ws://127.0.0.1:" + port + "/api/sync"), ignore)
                        .join())
                .cause()
                .isInstanceOfSatisfying(
                        WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(401));
        WebSocket socket = http.newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/api/sync?access_token=" + admin().token()), ignore)
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
        socket.abort();
    }

    @Test
    void aVendorReceivesNoneOfTheStaffTopics() {
        UUID vendorId = writes().vendor(unique("vendor-co"));
        Api vendor = as(Role.VENDOR, vendorId);
        try (SyncClient vendorClient = SyncClient.connect(port, vendor.token());
                SyncClient staffClient = SyncClient.connect(port, as(Role.STAFF).token())) {
            vendorClient.send(Map.of("type", "subscribe", "topics", List.of("vendors")));
            assertThat(vendorClient
                            .awaitMessage(0, m -> SyncClient.type(m).equals("error"))
                            .get("code")
                            .asString())
                    .isEqualTo("forbidden_topic");
            vendorClient.subscribe(Map.of()); // every topic it may read
            staffClient.send(Map.of("type", "subscribe", "topics", List.of("users")));
            assertThat(staffClient
                            .awaitMessage(0, m -> SyncClient.type(m).equals("error"))
                            .get("code")
                            .asString())
                    .isEqualTo("forbidden_topic");
            staffClient.subscribe(Map.of());

            writes().inTransaction(w -> w.renameVendor(vendorId, unique("vendor-co-renamed")));
            String email = unique("hidden") + "@test.local";
            UUID user = CurrentActor.runAs(
                    Actor.system("test"), () -> users.create(email, "password-1", Role.VENDOR, vendorId, List.of()));
            UUID marker = writes().vendor(unique("marker"));
            staffClient.awaitEvents(e -> id(e).equals(marker), 1);
            assertThat(staffClient.events())
                    .extracting(OrderingIntegrationTests::id)
                    .doesNotContain(user);
            // the vendor's stream is ordered behind the same tailer: by now it had its chance to leak
            assertThat(vendorClient.events()).isEmpty();
        }
    }

    @Test
    void aVendorReceivesOnlyItsOwnCatalogRows() {
        UUID mine = writes().vendor(unique("own-vendor"));
        UUID theirs = writes().vendor(unique("other-vendor"));
        Api vendor = as(Role.VENDOR, mine);
        try (SyncClient vendorClient = SyncClient.connect(port, vendor.token());
                SyncClient adminClient = SyncClient.connect(port, admin().token())) {
            vendorClient.subscribe(Map.of("topics", List.of("catalog_items")));
            adminClient.subscribe(Map.of("topics", List.of("catalog_items")));
            UUID[] items = new UUID[3];
            writes().inTransaction(w -> items[0] = w.insertCatalogItem(mine));
            writes().inTransaction(w -> items[1] = w.insertCatalogItem(theirs));
            writes().inTransaction(w -> items[2] = w.insertCatalogItem(mine));

            adminClient.awaitEvents(e -> List.of(items).contains(id(e)), 3);
            // events come in seq order, so once the later own item arrived the other vendor's would have, too
            List<JsonNode> received = vendorClient.awaitEvents(e -> id(e).equals(items[2]), 1);
            assertThat(vendorClient.events())
                    .extracting(OrderingIntegrationTests::id)
                    .containsExactly(items[0], items[2]);
            assertThat(received.getFirst().at("/data/vendorId").asString()).isEqualTo(mine.toString());
            List<UUID> polled = new ArrayList<>();
            vendor.get("/api/changes?topics=catalog_items&since="
                            + (received.getFirst().get("seq").asLong() - 3))
                    .json()
                    .get("items")
                    .forEach(e -> polled.add(id(e)));
            assertThat(polled).doesNotContain(items[1]).contains(items[2]);
        }
    }

    @Test
    void aClientThatStopsReadingIsCutOffWhileAFastOneKeepsUp() throws Exception {
        UUID vendor = writes().vendor(unique("big-notes"));
        double droppedBefore = metrics.droppedCount();
        String subscribe =
                "{\"type\":\"subscribe\",\"topics\":[\"vendors\"],\"filter\":{\"ids\":[\"" + vendor + "\"]}}";
        try (SyncClient fast = SyncClient.connect(port, admin().token());
                StalledClient stalled = StalledClient.connect(port, admin().token(), subscribe)) {
            fast.subscribe(Map.of("topics", List.of("vendors"), "filter", Map.of("ids", List.of(vendor))));
            await().atMost(SyncClient.PATIENCE).until(() -> metrics.connectedCount() >= 2);
            String big = "x".repeat(32 * 1024);
            int written = 0;
            for (int tx = 0; tx < 150 && metrics.droppedCount() == droppedBefore; tx++) {
                writes().inTransaction(w -> {
                    for (int i = 0; i < 8; i++) {
                        w.setVendorNotes(vendor, Ids.newId() + big);
                    }
                });
                written += 8;
                int expected = written;
                fast.awaitEvents(e -> id(e).equals(vendor), expected);
            }
            assertThat(metrics.droppedCount()).isGreaterThan(droppedBefore);
            String tail = stalled.drainUntilClosed(90);
            assertThat(tail).contains("\"code\":\"too_slow\"");
            assertThat(tail.length()).isLessThan(written * 33 * 1024);

            int more = 20;
            for (int i = 0; i < more; i++) {
                writes().inTransaction(w -> w.setVendorNotes(vendor, Ids.newId().toString()));
            }
            List<JsonNode> events = fast.awaitEvents(e -> id(e).equals(vendor), written + more);
            assertThat(events).hasSize(written + more);
            assertThat(events)
                    .extracting(e -> e.get("version").asInt())
                    .isSorted()
                    .doesNotHaveDuplicates();
            assertThat(events.getLast().get("version").asInt()).isEqualTo(1 + written + more);
            assertThat(fast.isClosed()).isFalse();
        }
    }
}
