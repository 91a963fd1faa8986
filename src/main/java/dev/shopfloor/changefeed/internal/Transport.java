package dev.shopfloor.changefeed.internal;

import java.io.IOException;

/** How a push channel (WebSocket, SSE) frames what a {@link Subscriber} sends. Called from one thread. */
public interface Transport {

    /** An event; {@code json} is the contract event object. */
    void event(long seq, String json) throws IOException;

    /** A control message ({@code subscribed}, {@code resync}, {@code error}, {@code pong}); {@code json} has its type. */
    void control(String type, String json) throws IOException;

    void heartbeat() throws IOException;

    /** Ends the connection; must not block for long even when the peer stopped reading. */
    void close();
}
