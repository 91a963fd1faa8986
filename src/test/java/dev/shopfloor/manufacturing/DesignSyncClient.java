package dev.shopfloor.manufacturing;

import static org.awaitility.Awaitility.await;

import dev.shopfloor.testing.Api;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** A small /api/sync WebSocket client subscribed to one topic, recording every message. */
final class DesignSyncClient implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    private WebSocket socket;

    static DesignSyncClient connect(int port, String token, String topic) {
        DesignSyncClient client = new DesignSyncClient();
        client.socket = HTTP.newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/api/sync"), client.listener())
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
        client.socket
                .sendText(Api.JSON.writeValueAsString(Map.of("type", "subscribe", "topics", List.of(topic))), true)
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
        client.awaitMessage(m -> m.path("type").asString("").equals("subscribed"));
        return client;
    }

    JsonNode awaitEvent(Predicate<JsonNode> match) {
        return awaitMessage(m -> m.path("type").asString("").equals("event") && match.test(m));
    }

    private JsonNode awaitMessage(Predicate<JsonNode> match) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> messages.stream().anyMatch(match));
        return messages.stream().filter(match).findFirst().orElseThrow();
    }

    private WebSocket.Listener listener() {
        StringBuilder partial = new StringBuilder();
        return new WebSocket.Listener() {
            @Override
            public synchronized CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    messages.add(Api.JSON.readTree(partial.toString()));
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        };
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye")
                .orTimeout(10, TimeUnit.SECONDS)
                .exceptionally(e -> null);
        socket.abort();
    }
}
