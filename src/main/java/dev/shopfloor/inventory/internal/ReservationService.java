package dev.shopfloor.inventory.internal;

import dev.shopfloor.inventory.Reservation;
import dev.shopfloor.inventory.ReservationFilter;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.Page;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds as people handle them one at a time. Owners (orders) hold and release through the facade; here a person
 * extends or releases a single hold. Both lock the hold's level first, which also expires it if it has lapsed: a
 * lapsed hold can no longer be extended or released (422 {@code invalid_transition}).
 */
@Service
public class ReservationService {

    private final ReservationRepository reservations;
    private final LevelLocks locks;

    ReservationService(ReservationRepository reservations, LevelLocks locks) {
        this.reservations = reservations;
        this.locks = locks;
    }

    @Transactional(readOnly = true)
    public Page<Reservation> list(ReservationFilter filter, @Nullable String cursor, @Nullable Integer limit) {
        int size = Cursor.limit(limit);
        return Page.of(reservations.find(filter, Cursor.after(cursor), size + 1), size, r -> Cursor.of(r.id()));
    }

    @Transactional
    public Reservation extend(UUID id, Instant expiresAt) {
        if (!expiresAt.isAfter(Instant.now())) {
            throw ApiException.unprocessable("invalid_expiry", "expiresAt must be in the future");
        }
        lockLevelOf(id);
        if (!reservations.extend(id, expiresAt)) {
            throw notActive(id);
        }
        return get(id);
    }

    @Transactional
    public Reservation release(UUID id) {
        lockLevelOf(id);
        if (!reservations.release(id)) {
            throw notActive(id);
        }
        return get(id);
    }

    private void lockLevelOf(UUID id) {
        UUID level = reservations.levelOf(id).orElseThrow(() -> ApiException.notFound("reservation", id));
        locks.lock(List.of(level));
    }

    private Reservation get(UUID id) {
        return reservations.find(id).orElseThrow(() -> ApiException.notFound("reservation", id));
    }

    private ApiException notActive(UUID id) {
        return ApiException.unprocessable(
                "invalid_transition", "reservation " + id + " is " + get(id).status() + ", not active");
    }
}
