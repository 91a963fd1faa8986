package dev.shopfloor.changefeed.internal;

import dev.shopfloor.platform.context.Actor;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one rule table for who may receive which events; it mirrors what each role may read over HTTP.
 * ADMIN sees everything. MANAGER, STAFF and VIEWER see everything but {@code users}. VENDOR sees only its own
 * vendor's rows of the vendor topics. SYSTEM (in-process listeners, jobs) sees everything.
 */
public final class SyncAccess {

    /** Topics whose rows carry a vendor_id that a VENDOR may read when it is its own. */
    static final Set<String> VENDOR_TOPICS = Set.of(
            "catalog_items",
            "catalog_variants",
            "stock_levels",
            "stock_movements",
            "stock_reservations",
            "stock_alerts",
            "order_items");

    private static final Set<String> ADMIN_ONLY_TOPICS = Set.of("users");

    private SyncAccess() {}

    /** Whether this actor may ever receive events of this topic. */
    public static boolean mayRead(Actor actor, String topic) {
        return switch (actor.role()) {
            case ADMIN, SYSTEM -> true;
            case MANAGER, STAFF, VIEWER -> !ADMIN_ONLY_TOPICS.contains(topic);
            case VENDOR -> actor.vendorId() != null && VENDOR_TOPICS.contains(topic);
        };
    }

    /**
     * The visibility of an actor asking for {@code requested} topics (empty = all it may read) among the
     * {@code known} ones. Callers check unknown and forbidden topics first ({@link #unknown}, {@link #forbidden}).
     */
    public static Visibility visibility(Actor actor, List<String> requested, Set<String> known) {
        Set<String> wanted = requested.isEmpty() ? known : new LinkedHashSet<>(requested);
        Set<String> allowed = wanted.stream()
                .filter(known::contains)
                .filter(topic -> mayRead(actor, topic))
                .collect(Collectors.toSet());
        return new Visibility(
                allowed, actor.role() == dev.shopfloor.platform.context.Role.VENDOR ? actor.vendorId() : null);
    }

    public static List<String> unknown(List<String> requested, Set<String> known) {
        return requested.stream().filter(t -> !known.contains(t)).toList();
    }

    public static List<String> forbidden(Actor actor, List<String> requested) {
        return requested.stream().filter(t -> !mayRead(actor, t)).toList();
    }
}
