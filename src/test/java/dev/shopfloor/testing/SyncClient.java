package dev.shopfloor.testing;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** A real WebSocket client of /api/sync (JDK HttpClient) that records every message it receives. */
public final class SyncClient implements AutoCloseable {

    public static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    private final WebSocket socket;
    private volatile boolean closed;

    private SyncClient(WebSocket socket) {
        this.socket = socket;
    }

    public static SyncClient connect(int port, String token) {
        SyncClient[] holder = new SyncClient[1];
        Listener listener = new Listener(holder);
        WebSocket socket = HTTP.newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/api/sync"), listener)
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
        holder[0] = new SyncClient(socket);
        listener.ready(holder[0]);
        return holder[0];
    }

    /** Subscribes and waits for the "subscribed" answer; returns its headSeq. */
    public long subscribe(Map<String, Object> request) {
        int before = messages.size();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "subscribe");
        message.putAll(request);
        send(message);
        return awaitMessage(before, m -> type(m).equals("subscribed"))
                .get("headSeq")
                .asLong();
    }

    public void send(Object message) {
        socket.sendText(Api.JSON.writeValueAsString(message), true)
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
    }

    public JsonNode awaitMessage(int from, Predicate<JsonNode> match) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(() -> {
            for (int i = from; i < messages.size(); i++) {
                if (match.test(messages.get(i))) {
                    found[0] = messages.get(i);
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    public List<JsonNode> events() {
        return messages.stream().filter(m -> type(m).equals("event")).toList();
    }

    /** Waits until the events matching {@code match} number at least {@code count}; returns them in arrival order. */
    public List<JsonNode> awaitEvents(Predicate<JsonNode> match, int count) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> events().stream().filter(match).count() >= count);
        return events().stream().filter(match).toList();
    }

    public boolean isClosed() {
        return closed;
    }

    public static String type(JsonNode message) {
        return message.path("type").asString("");
    }

    @Override
    public void close() {
        if (!closed) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye")
                    .orTimeout(10, TimeUnit.SECONDS)
                    .exceptionally(e -> null);
            socket.abort();
        }
    }

    private static final class Listener implements WebSocket.Listener {
        private final SyncClient[] holder;
        private final StringBuilder partial = new StringBuilder();
        private final List<String> early = new ArrayList<>();

        Listener(SyncClient[] holder) {
            this.holder = holder;
        }

        synchronized void ready(SyncClient client) {
            early.forEach(text -> client.messages.add(Api.JSON.readTree(text)));
            early.clear();
        }

        @Override
        public synchronized CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (holder[0] == null) {
                    early.add(text);
                } else {
                    holder[0].messages.add(Api.JSON.readTree(text));
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            markClosed();
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            markClosed();
        }

        private synchronized void markClosed() {
            if (holder[0] != null) {
                holder[0].closed = true;
            }
        }
    }
}
