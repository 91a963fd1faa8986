package dev.shopfloor.inventory.web;

import dev.shopfloor.inventory.Reservation;
import dev.shopfloor.inventory.ReservationFilter;
import dev.shopfloor.inventory.internal.ReservationService;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/inventory/reservations")
@Tag(name = "Inventory")
class ReservationController {

    private static final Set<String> STATUSES = Set.of("active", "released", "expired", "consumed");

    private final ReservationService reservations;

    ReservationController(ReservationService reservations) {
        this.reservations = reservations;
    }

    @GetMapping
    @Access.Read
    @Operation(
            summary = "List holds (reservations), newest first; keyset pagination",
            description = "expired: true marks an active hold past expiresAt: it no longer counts as reserved,"
                    + " and the expiry job will mark it expired.")
    Page<Reservation> list(
            @Parameter(description = "the holding order or task") @RequestParam(required = false) @Nullable
                    UUID ownerId,
            @Parameter(description = "SKU, any case") @RequestParam(required = false) @Nullable String sku,
            @RequestParam(required = false) @Nullable UUID locationId,
            @Parameter(description = "active (default), released, expired, consumed or any")
                    @RequestParam(required = false)
                    @Nullable
                    String status,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return reservations.list(new ReservationFilter(ownerId, sku, locationId, status(status)), cursor, limit);
    }

    @PostMapping("/{id}/extend")
    @Access.Write
    @Operation(summary = "Move an active hold's expiry (422 invalid_transition when it is not active or has lapsed)")
    Reservation extend(@PathVariable UUID id, @Valid @RequestBody ExtendRequest request) {
        return reservations.extend(id, request.expiresAt());
    }

    @PostMapping("/{id}/release")
    @Access.Write
    @Operation(summary = "Release an active hold now (422 invalid_transition when it is not active)")
    Reservation release(@PathVariable UUID id) {
        return reservations.release(id);
    }

    private static @Nullable String status(@Nullable String status) {
        String value =
                status == null || status.isBlank() ? "active" : status.strip().toLowerCase(Locale.ROOT);
        if (value.equals("any")) {
            return null;
        }
        if (!STATUSES.contains(value)) {
            throw ApiException.badRequest(
                    "invalid_filter", "status must be active, released, expired, consumed or any");
        }
        return value;
    }
}
