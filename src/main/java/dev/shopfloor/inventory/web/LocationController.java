package dev.shopfloor.inventory.web;

import dev.shopfloor.inventory.Location;
import dev.shopfloor.inventory.internal.LocationService;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ETags;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@RequestMapping("/api/locations")
@Tag(name = "Locations", description = "Warehouses and store stock rooms that hold stock")
class LocationController {

    private final LocationService locations;

    LocationController(LocationService locations) {
        this.locations = locations;
    }

    @PostMapping
    @Access.Manage
    @Operation(summary = "Create a location (409 duplicate when the code is taken in any case)")
    ResponseEntity<Location> create(@Valid @RequestBody LocationRequest request) {
        Location created = locations.create(request.toInput());
        return ResponseEntity.created(URI.create("/api/locations/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Access.Read
    @Operation(summary = "Get a location (ETag; If-None-Match gives 304)")
    ResponseEntity<Location> get(@PathVariable UUID id, WebRequest webRequest) {
        Location location = locations.get(id);
        return ETags.ok(webRequest, location, location.version());
    }

    @PutMapping("/{id}")
    @Access.Manage
    @Operation(
            summary = "Replace a location's fields; \"active\": false deactivates it",
            description = "If-Match stale gives 412, a stale body version 409. An inactive location takes no"
                    + " adjustments, transfers or new holds.")
    ResponseEntity<Location> update(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody LocationRequest request) {
        Location updated = locations.update(id, request.toInput(), ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    @Access.Manage
    @Operation(
            summary = "Delete a location that never held stock",
            description =
                    "409 has_dependents while stock levels or purchase orders refer to it: deactivate it" + " instead.")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        locations.delete(id, ExpectedVersion.of(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @Access.Read
    @Operation(summary = "List locations, newest first; keyset pagination with cursor and limit")
    Page<Location> list(
            @Parameter(description = "locations of this store") @RequestParam(required = false) @Nullable UUID storeId,
            @Parameter(description = "true: active only; false: inactive only; absent: both")
                    @RequestParam(required = false)
                    @Nullable
                    Boolean active,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return locations.list(storeId, active, cursor, limit);
    }
}
