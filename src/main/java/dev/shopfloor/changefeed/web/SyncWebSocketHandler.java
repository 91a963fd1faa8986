package dev.shopfloor.changefeed.web;

import dev.shopfloor.changefeed.internal.Subscriber;
import dev.shopfloor.changefeed.internal.Subscribers;
import dev.shopfloor.changefeed.internal.SubscriptionFilter;
import dev.shopfloor.platform.context.Actor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The WebSocket protocol of /api/sync: subscribe, ping; everything sent goes through the {@link Subscriber}. */
@Component
class SyncWebSocketHandler extends TextWebSocketHandler {

    private static final String SUBSCRIBER = "shopfloor.subscriber";
    private static final int MAX_MESSAGE_CHARS = 64 * 1024;

    private final Subscribers subscribers;
    private final JsonMapper json;

    SyncWebSocketHandler(Subscribers subscribers, JsonMapper json) {
        this.subscribers = subscribers;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        Actor actor = (Actor) session.getAttributes().get(TokenHandshakeInterceptor.ACTOR);
        session.getAttributes().put(SUBSCRIBER, subscribers.open(new WebSocketTransport(session), actor));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        Subscriber subscriber = (Subscriber) session.getAttributes().get(SUBSCRIBER);
        if (message.getPayloadLength() > MAX_MESSAGE_CHARS) {
            subscriber.error("message_too_large", "Messages are limited to " + MAX_MESSAGE_CHARS + " characters");
            return;
        }
        JsonNode node;
        try {
            node = json.readTree(message.getPayload());
        } catch (JacksonException e) {
            subscriber.error("malformed_message", "Not JSON: " + e.getOriginalMessage());
            return;
        }
        String type = node.path("type").asString("");
        switch (type) {
            case "subscribe" -> subscribe(subscriber, node);
            case "ping" -> subscriber.pong();
            case "pong" -> {}
            default -> subscriber.error("unknown_type", "Unknown message type '" + type + "'");
        }
    }

    private static void subscribe(Subscriber subscriber, JsonNode node) {
        try {
            List<String> topics = new ArrayList<>();
            for (JsonNode topic : node.path("topics")) {
                topics.add(topic.asString());
            }
            JsonNode since = node.path("since");
            if (!since.isMissingNode() && !since.isNull() && (!since.canConvertToLong() || since.asLong() < 0)) {
                throw new IllegalArgumentException("since must be a seq (0 or more)");
            }
            Long from = since.isMissingNode() || since.isNull() ? null : since.asLong();
            JsonNode filter = node.path("filter");
            subscriber.subscribe(topics, from, new SubscriptionFilter(uuid(filter.path("storeId")), ids(filter)));
        } catch (IllegalArgumentException e) {
            subscriber.error("invalid_subscribe", e.getMessage());
        }
    }

    private static Set<UUID> ids(JsonNode filter) {
        Set<UUID> ids = new HashSet<>();
        for (JsonNode id : filter.path("ids")) {
            ids.add(UUID.fromString(id.asString()));
        }
        return ids;
    }

    private static @Nullable UUID uuid(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : UUID.fromString(node.asString());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Subscriber subscriber = (Subscriber) session.getAttributes().get(SUBSCRIBER);
        if (subscriber != null) {
            subscriber.close();
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        afterConnectionClosed(session, CloseStatus.SERVER_ERROR);
    }
}
