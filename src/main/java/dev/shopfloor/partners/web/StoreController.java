package dev.shopfloor.partners.web;

import dev.shopfloor.partners.Store;
import dev.shopfloor.partners.StoreDetails;
import dev.shopfloor.partners.Stores;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.ETags;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
@RequestMapping("/api/stores")
@Tag(name = "Stores", description = "Where orders and stock belong. Reads: all roles but VENDOR; writes: ADMIN.")
class StoreController {

    private final Stores stores;

    StoreController(Stores stores) {
        this.stores = stores;
    }

    @PostMapping
    @Access.Admin
    @Operation(summary = "Create a store (409 duplicate_code when the code is taken)")
    ResponseEntity<Store> create(@Valid @RequestBody StoreRequest request) {
        Store created = stores.create(request.details());
        return ResponseEntity.created(URI.create("/api/stores/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @GetMapping
    @Access.StaffRead
    @Operation(summary = "List stores, newest first, by free text q (code or name) and active")
    Page<Store> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Boolean active,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return stores.list(q, active, cursor, Cursor.limit(limit));
    }

    @GetMapping("/{id}")
    @Access.StaffRead
    @Operation(summary = "Get a store")
    ResponseEntity<Store> get(@PathVariable UUID id, WebRequest webRequest) {
        Store store = stores.get(id);
        return ETags.ok(webRequest, store, store.version());
    }

    @PutMapping("/{id}")
    @Access.Admin
    @Operation(summary = "Replace a store's details (If-Match -> 412, stale body version -> 409)")
    ResponseEntity<Store> update(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody StoreRequest request) {
        Store updated = stores.update(id, request.details(), ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    @Access.Admin
    @Operation(summary = "Delete a store (409 has_dependents while orders or stock refer to it)")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        stores.delete(id, ExpectedVersion.of(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    record StoreRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "1-32 letters, digits, _ or -")
            String code,

            @NotBlank @Size(max = 200) String name,

            @Nullable @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 code such as EUR")
            String currency,

            @Nullable @Size(max = 64) String timezone,
            @Nullable Boolean active,
            @Nullable Integer version) {

        /** Store codes are upper case, so "ber-1" and "BER-1" are the same code. */
        StoreDetails details() {
            return new StoreDetails(code.toUpperCase(java.util.Locale.ROOT), name.strip(), currency, timezone, active);
        }
    }
}
