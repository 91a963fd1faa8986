package dev.shopfloor.catalog.web;

import dev.shopfloor.catalog.ReferenceInputs.SportInput;
import dev.shopfloor.catalog.Sport;
import dev.shopfloor.catalog.internal.SportsAndFabrics;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ETags;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
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
@RequestMapping("/api/catalog/sports")
@Tag(name = "Catalog sports", description = "Sport classifications of items")
class SportController {

    private final SportsAndFabrics reference;

    SportController(SportsAndFabrics reference) {
        this.reference = reference;
    }

    @PostMapping
    @Access.Write
    @Operation(summary = "Create a sport (409 duplicate when the name exists)")
    ResponseEntity<Sport> create(@Valid @RequestBody SportInput body) {
        Sport sport = reference.createSport(body);
        return ResponseEntity.created(URI.create("/api/catalog/sports/" + sport.id()))
                .eTag(ETags.of(sport.version()))
                .body(sport);
    }

    @GetMapping
    @Access.Read
    @Operation(summary = "List sports, newest first")
    Page<Sport> list(
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return reference.sports(cursor, limit);
    }

    @GetMapping("/{id}")
    @Access.Read
    @Operation(summary = "Read one sport")
    ResponseEntity<Sport> get(@PathVariable UUID id, WebRequest request) {
        Sport sport = reference.sport(id);
        return ETags.ok(request, sport, sport.version());
    }

    @PutMapping("/{id}")
    @Access.Write
    @Operation(summary = "Update a sport (If-Match 412, stale body version 409)")
    ResponseEntity<Sport> update(
            @PathVariable UUID id,
            @Valid @RequestBody SportInput body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        Sport sport = reference.updateSport(id, body, ExpectedVersion.of(ifMatch, body.version()));
        return ResponseEntity.ok().eTag(ETags.of(sport.version())).body(sport);
    }

    @DeleteMapping("/{id}")
    @Access.Manage
    @Operation(summary = "Delete a sport; 409 has_dependents while items use it")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        reference.deleteSport(id, ExpectedVersion.of(ifMatch, null));
        return ResponseEntity.noContent().build();
    }
}
