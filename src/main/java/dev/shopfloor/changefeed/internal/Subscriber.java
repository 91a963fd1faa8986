package dev.shopfloor.changefeed.internal;

import dev.shopfloor.changefeed.ChangeEvent;
import dev.shopfloor.platform.context.Actor;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One push connection. The tailer only queues events here (bounded: too many waiting and the connection is cut
 * off as too slow); a virtual thread of its own catches up from the log, then sends live events, dropping any
 * at or below the last seq sent, so a resume has neither gap nor duplicate.
 */
public final class Subscriber {

    private static final Logger log = LoggerFactory.getLogger(Subscriber.class);
    private static final int CATCH_UP_PAGE = 500;

    private final Subscribers owner;
    private final Transport transport;
    private final Actor actor;
    private final LinkedBlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final AtomicInteger queuedEvents = new AtomicInteger();
    private volatile @Nullable Subscription subscription;
    private volatile boolean tooSlow;
    private volatile boolean closed;
    private long lastSent;

    Subscriber(Subscribers owner, Transport transport, Actor actor) {
        this.owner = owner;
        this.transport = transport;
        this.actor = actor;
    }

    void start() {
        Thread.ofVirtual().name("sync-subscriber").start(this::run);
    }

    /** Asks for these topics (empty = all it may read) from {@code since} (null = from now). */
    public void subscribe(List<String> topics, @Nullable Long since, SubscriptionFilter filter) {
        inbox.add(new SubscribeCommand(topics, since, filter));
    }

    public void pong() {
        inbox.add(Command.PONG);
    }

    public void error(String code, String detail) {
        inbox.add(new ErrorCommand(code, detail));
    }

    /** The peer went away. */
    public void close() {
        closed = true;
        inbox.add(Command.CLOSE);
    }

    /** Called by the tailer thread: never blocks. */
    void offer(ChangeEvent event) {
        Subscription current = subscription;
        if (closed || tooSlow || current == null || !current.wants(event)) {
            return;
        }
        if (queuedEvents.incrementAndGet() > owner.maxQueuedEvents()) {
            tooSlow = true;
            owner.metrics().dropped();
            inbox.add(Command.TOO_SLOW);
            owner.forceCloseLater(this);
            return;
        }
        inbox.add(event);
    }

    boolean isClosed() {
        return closed;
    }

    Transport transport() {
        return transport;
    }

    private void run() {
        owner.opened(this);
        try {
            while (!closed) {
                Object next = inbox.poll(owner.heartbeat().toMillis(), TimeUnit.MILLISECONDS);
                if (tooSlow) {
                    tooSlow();
                    return;
                }
                switch (next) {
                    case null -> transport.heartbeat();
                    case ChangeEvent event -> send(event);
                    case SubscribeCommand subscribe -> subscribe(subscribe);
                    case ErrorCommand error -> transport.control("error", owner.error(error.code(), error.detail()));
                    case Command.PONG -> transport.control("pong", "{\"type\":\"pong\"}");
                    default -> {}
                }
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Subscriber connection ended: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed = true;
            owner.closed(this);
            transport.close();
        }
    }

    private void send(ChangeEvent event) throws IOException {
        queuedEvents.decrementAndGet();
        Subscription current = subscription;
        if (event.seq() <= lastSent || current == null || !current.wants(event)) {
            return;
        }
        transport.event(event.seq(), owner.json(event));
        lastSent = event.seq();
        owner.metrics().sent(event);
    }

    private void subscribe(SubscribeCommand command) throws IOException {
        Subscription next = owner.check(actor, command.topics(), command.filter(), transport);
        if (next == null) {
            return;
        }
        subscription = next;
        owner.register(this);
        ChangeLog.Head head = owner.log().head();
        Long since = command.since();
        if (since != null && since < head.prunedThrough()) {
            transport.control("resync", owner.resync(since, head.prunedThrough()));
            since = null;
        }
        lastSent = since == null ? head.head() : since;
        transport.control("subscribed", "{\"type\":\"subscribed\",\"headSeq\":" + head.head() + "}");
        catchUp(next);
    }

    /** Everything after lastSent already in the log; live events queued meanwhile are dropped when not newer. */
    private void catchUp(Subscription current) throws IOException {
        while (!closed && !tooSlow) {
            List<ChangeEvent> page = owner.log().read(lastSent, Long.MAX_VALUE, current.visibility(), CATCH_UP_PAGE);
            for (ChangeEvent event : page) {
                if (current.filter().matches(event)) {
                    transport.event(event.seq(), owner.json(event));
                    owner.metrics().sent(event);
                }
                lastSent = event.seq();
            }
            if (page.size() < CATCH_UP_PAGE) {
                return;
            }
        }
    }

    private void tooSlow() {
        inbox.clear();
        try {
            transport.control("error", owner.error("too_slow", "resume from " + lastSent));
        } catch (IOException | RuntimeException e) {
            log.debug("Could not tell a slow subscriber to resume: {}", e.toString());
        }
    }

    record Subscription(Visibility visibility, SubscriptionFilter filter) {
        boolean wants(ChangeEvent event) {
            return visibility.allows(event) && filter.matches(event);
        }
    }

    private record SubscribeCommand(
            List<String> topics, @Nullable Long since, SubscriptionFilter filter) {}

    private record ErrorCommand(String code, String detail) {}

    private enum Command {
        PONG,
        CLOSE,
        TOO_SLOW
    }
}
