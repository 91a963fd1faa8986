package dev.shopfloor.changefeed;

/**
 * An in-process consumer on this node (caches, webhooks). It receives every event of every topic exactly once,
 * in seq order, on the tailer thread: it must return quickly and must not block or call the database.
 */
@FunctionalInterface
public interface LocalListener {

    void onEvent(ChangeEvent event);
}
