package dev.shopfloor.changefeed;

import dev.shopfloor.testing.SyncClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * For other modules' tests: a WebSocket client of one node that waits until the node has delivered a change.
 * The hub calls local listeners (caches) in line before it queues an event for push clients, so an event seen
 * here has already been processed by every local listener of that node.
 */
public final class ChangeWaiter implements AutoCloseable {

    private final SyncClient client;

    private ChangeWaiter(SyncClient client) {
        this.client = client;
    }

    /** Connects to the node on {@code port} and subscribes to these topics. */
    public static ChangeWaiter subscribe(int port, String token, String... topics) {
        SyncClient client = SyncClient.connect(port, token);
        client.subscribe(Map.of("topics", List.of(topics)));
        return new ChangeWaiter(client);
    }

    /** Waits (bounded) for an event of this entity with at least this version; returns it. */
    public JsonNode awaitVersion(UUID id, int version) {
        return client.awaitEvents(e -> matches(e, id) && e.path("version").asInt() >= version, 1)
                .getFirst();
    }

    /** Waits (bounded) for an event of this entity with this operation; returns it. */
    public JsonNode awaitOp(UUID id, String op) {
        return client.awaitEvents(
                        e -> matches(e, id) && e.path("op").asString("").equals(op), 1)
                .getFirst();
    }

    private static boolean matches(JsonNode event, UUID id) {
        return event.path("id").asString("").equals(id.toString());
    }

    @Override
    public void close() {
        client.close();
    }
}
