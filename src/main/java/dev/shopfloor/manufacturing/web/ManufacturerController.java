package dev.shopfloor.manufacturing.web;

import dev.shopfloor.manufacturing.Manufacturer;
import dev.shopfloor.manufacturing.ManufacturerFilter;
import dev.shopfloor.manufacturing.Manufacturers;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ApiException;
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
@RequestMapping("/api/manufacturers")
@Tag(name = "Manufacturers", description = "In-house lines and outside manufacturers: capacity, lead time, contact")
class ManufacturerController {

    private final Manufacturers manufacturers;

    ManufacturerController(Manufacturers manufacturers) {
        this.manufacturers = manufacturers;
    }

    @PostMapping
    @Access.Manage
    @Operation(
            summary = "Create a manufacturer",
            description = "409 duplicate_name when the name is taken in any case; 422 unknown_location when"
                    + " locationId is not an existing active location.")
    ResponseEntity<Manufacturer> create(@Valid @RequestBody ManufacturerRequest request) {
        Manufacturer created = manufacturers.create(request.toInput());
        return ResponseEntity.created(URI.create("/api/manufacturers/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Access.StaffRead
    @Operation(summary = "Get a manufacturer (ETag; If-None-Match gives 304)")
    ResponseEntity<Manufacturer> get(@PathVariable UUID id, WebRequest webRequest) {
        Manufacturer manufacturer = manufacturers.get(id);
        return ETags.ok(webRequest, manufacturer, manufacturer.version());
    }

    @PutMapping("/{id}")
    @Access.Manage
    @Operation(
            summary = "Replace a manufacturer's fields",
            description = "If-Match stale gives 412, a stale body version 409; \"active\": false deactivates.")
    ResponseEntity<Manufacturer> update(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody ManufacturerRequest request) {
        Manufacturer updated =
                manufacturers.update(id, request.toInput(), ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    @Access.Manage
    @Operation(
            summary = "Delete a manufacturer, or deactivate it while production tasks refer to it",
            description = "204 either way; GET afterwards shows the inactive manufacturer or 404.")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        manufacturers.delete(id, ExpectedVersion.of(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @Access.StaffRead
    @Operation(summary = "List manufacturers, newest first, filtered; keyset pagination with cursor and limit")
    Page<Manufacturer> list(
            @Parameter(description = "in_house or outside") @RequestParam(required = false) @Nullable String kind,
            @Parameter(description = "true: active only; false: inactive only; absent: both")
                    @RequestParam(required = false)
                    @Nullable
                    Boolean active,
            @Parameter(description = "substring of the name, any case") @RequestParam(required = false) @Nullable
                    String q,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        if (kind != null && !kind.equals(Manufacturer.IN_HOUSE) && !kind.equals(Manufacturer.OUTSIDE)) {
            throw ApiException.badRequest("invalid_filter", "kind must be in_house or outside");
        }
        if (q != null && q.length() > 200) {
            throw ApiException.badRequest("invalid_query", "q must be at most 200 characters");
        }
        return manufacturers.search(new ManufacturerFilter(kind, active, q), cursor, limit);
    }
}
