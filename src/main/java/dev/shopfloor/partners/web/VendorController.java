package dev.shopfloor.partners.web;

import dev.shopfloor.partners.Vendor;
import dev.shopfloor.partners.VendorDetails;
import dev.shopfloor.partners.Vendors;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.ETags;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
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
@RequestMapping("/api/vendors")
@Tag(name = "Vendors", description = "Suppliers of catalog items. Reads: all roles but VENDOR; writes: ADMIN.")
class VendorController {

    private final Vendors vendors;

    VendorController(Vendors vendors) {
        this.vendors = vendors;
    }

    @PostMapping
    @Access.Admin
    @Operation(summary = "Create a vendor (409 duplicate_name when the name exists in any letter case)")
    ResponseEntity<Vendor> create(@Valid @RequestBody VendorRequest request) {
        Vendor created = vendors.create(request.details());
        return ResponseEntity.created(URI.create("/api/vendors/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @GetMapping
    @Access.StaffRead
    @Operation(summary = "List vendors, newest first, by free text q (name) and active")
    Page<Vendor> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Boolean active,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return vendors.list(q, active, cursor, Cursor.limit(limit));
    }

    @GetMapping("/{id}")
    @Access.Read
    @Operation(summary = "Get a vendor (a VENDOR user may read only its own vendor)")
    ResponseEntity<Vendor> get(@PathVariable UUID id, WebRequest webRequest) {
        Vendor vendor = vendors.get(id);
        return ETags.ok(webRequest, vendor, vendor.version());
    }

    @PutMapping("/{id}")
    @Access.Admin
    @Operation(summary = "Replace a vendor's details (If-Match -> 412, stale body version -> 409)")
    ResponseEntity<Vendor> update(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody VendorRequest request) {
        Vendor updated = vendors.update(id, request.details(), ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    @Access.Admin
    @Operation(summary = "Delete a vendor (409 has_dependents while users or catalog items refer to it)")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        vendors.delete(id, ExpectedVersion.of(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    record VendorRequest(
            @NotBlank @Size(max = 200) String name,
            @Nullable @Email @Size(max = 320) String email,
            @Nullable @Size(max = 50) String phone,
            @Nullable @Size(max = 500) String website,
            @Nullable @Size(max = 10_000) String notes,
            @Nullable Boolean active,
            @Nullable Integer version) {

        VendorDetails details() {
            return new VendorDetails(name.strip(), email, phone, website, notes, active);
        }
    }
}
