package dev.shopfloor.platform.context;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The actor of the current thread: the signed-in user of an HTTP request, or a system job that declared
 * itself with {@link #runAs}. Anything else acts as {@code system:anonymous}.
 */
public final class CurrentActor {

    private static final ThreadLocal<Actor> SYSTEM_JOB = new ThreadLocal<>();

    private CurrentActor() {}

    public static Actor get() {
        Actor job = SYSTEM_JOB.get();
        if (job != null) {
            return job;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Jwt jwt) {
            return fromToken(jwt);
        }
        return Actor.system("anonymous");
    }

    /** Runs background work as a named system actor, so its changes are attributed in the change log. */
    public static <T> T runAs(Actor actor, Supplier<T> work) {
        Actor previous = SYSTEM_JOB.get();
        SYSTEM_JOB.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SYSTEM_JOB.remove();
            } else {
                SYSTEM_JOB.set(previous);
            }
        }
    }

    public static void runAs(Actor actor, Runnable work) {
        runAs(actor, () -> {
            work.run();
            return null;
        });
    }

    private static Actor fromToken(Jwt jwt) {
        @Nullable String vendor = jwt.getClaimAsString("vendorId");
        List<String> stores = jwt.getClaimAsStringList("storeIds");
        return Actor.user(
                UUID.fromString(jwt.getSubject()),
                Role.valueOf(jwt.getClaimAsString("role")),
                vendor == null ? null : UUID.fromString(vendor),
                stores == null
                        ? List.of()
                        : stores.stream().map(UUID::fromString).toList());
    }
}
