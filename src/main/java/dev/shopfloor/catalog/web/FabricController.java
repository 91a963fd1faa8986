package dev.shopfloor.catalog.web;

import dev.shopfloor.catalog.Fabric;
import dev.shopfloor.catalog.ReferenceInputs.FabricInput;
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
@RequestMapping("/api/catalog/fabrics")
@Tag(name = "Catalog fabrics", description = "Fabric classifications of items")
class FabricController {

    private final SportsAndFabrics reference;

    FabricController(SportsAndFabrics reference) {
        this.reference = reference;
    }

    @PostMapping
    @Access.Write
    @Operation(summary = "Create a fabric (409 duplicate when the name exists)")
    ResponseEntity<Fabric> create(@Valid @RequestBody FabricInput body) {
        Fabric fabric = reference.createFabric(body);
        return ResponseEntity.created(URI.create("/api/catalog/fabrics/" + fabric.id()))
                .eTag(ETags.of(fabric.version()))
                .body(fabric);
    }

    @GetMapping
    @Access.Read
    @Operation(summary = "List fabrics, newest first")
    Page<Fabric> list(
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String cursor) {
        return reference.fabrics(cursor, limit);
    }

    @GetMapping("/{id}")
    @Access.Read
    @Operation(summary = "Read one fabric")
    ResponseEntity<Fabric> get(@PathVariable UUID id, WebRequest request) {
        Fabric fabric = reference.fabric(id);
        return ETags.ok(request, fabric, fabric.version());
    }

    @PutMapping("/{id}")
    @Access.Write
    @Operation(summary = "Update a fabric (If-Match 412, stale body version 409)")
    ResponseEntity<Fabric> update(
            @PathVariable UUID id,
            @Valid @RequestBody FabricInput body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        Fabric fabric = reference.updateFabric(id, body, ExpectedVersion.of(ifMatch, body.version()));
        return ResponseEntity.ok().eTag(ETags.of(fabric.version())).body(fabric);
    }

    @DeleteMapping("/{id}")
    @Access.Manage
    @Operation(summary = "Delete a fabric; 409 has_dependents while items use it")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        reference.deleteFabric(id, ExpectedVersion.of(ifMatch, null));
        return ResponseEntity.noContent().build();
    }
}
