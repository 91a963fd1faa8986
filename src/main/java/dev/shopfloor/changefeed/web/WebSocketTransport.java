package dev.shopfloor.changefeed.web;

import dev.shopfloor.changefeed.internal.Transport;
import java.io.IOException;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;

/** Frames for one WebSocket session; only the subscriber's own thread sends, so sends never interleave. */
final class WebSocketTransport implements Transport {

    // A peer that stops reading makes a blocking send wait; Tomcat gives up after this long.
    private static final long BLOCKING_SEND_TIMEOUT_MILLIS = 10_000;

    private final WebSocketSession session;

    WebSocketTransport(WebSocketSession session) {
        this.session = session;
        if (session instanceof NativeWebSocketSession nativeSession) {
            jakarta.websocket.Session tomcat = nativeSession.getNativeSession(jakarta.websocket.Session.class);
            if (tomcat != null) {
                tomcat.getUserProperties()
                        .put("org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT", BLOCKING_SEND_TIMEOUT_MILLIS);
            }
        }
    }

    @Override
    public void event(long seq, String json) throws IOException {
        session.sendMessage(new TextMessage("{\"type\":\"event\"," + json.substring(1)));
    }

    @Override
    public void control(String type, String json) throws IOException {
        session.sendMessage(new TextMessage(json));
    }

    @Override
    public void heartbeat() throws IOException {
        session.sendMessage(new TextMessage("{\"type\":\"ping\"}"));
    }

    @Override
    public void close() {
        try {
            session.close(CloseStatus.GOING_AWAY);
        } catch (IOException | RuntimeException e) {
            // already closed
        }
    }
}
