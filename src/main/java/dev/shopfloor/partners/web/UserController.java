package dev.shopfloor.partners.web;

import dev.shopfloor.partners.NewUser;
import dev.shopfloor.partners.User;
import dev.shopfloor.partners.UserChanges;
import dev.shopfloor.partners.Users;
import dev.shopfloor.platform.context.Role;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
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
@RequestMapping("/api/users")
@Tag(name = "Users", description = "Sign-in accounts and their roles. ADMIN only; password hashes never leave.")
class UserController {

    private final Users users;

    UserController(Users users) {
        this.users = users;
    }

    @PostMapping
    @Access.Admin
    @Operation(summary = "Create an account (VENDOR needs vendorId; 409 duplicate_email in any letter case)")
    ResponseEntity<User> create(@Valid @RequestBody CreateUserRequest request) {
        User created = users.register(new NewUser(
                request.email(),
                request.password(),
                request.role(),
                request.vendorId(),
                request.storeIds() == null ? List.of() : request.storeIds(),
                request.name()));
        return ResponseEntity.created(URI.create("/api/users/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @GetMapping
    @Access.Admin
    @Operation(summary = "List accounts, newest first, by free text q (email or name), role and active")
    Page<User> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Role role,
            @RequestParam(required = false) @Nullable Boolean active,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return users.list(q, role, active, cursor, Cursor.limit(limit));
    }

    @GetMapping("/{id}")
    @Access.Admin
    @Operation(summary = "Get an account")
    ResponseEntity<User> get(@PathVariable UUID id, WebRequest webRequest) {
        User user = users.get(id);
        return ETags.ok(webRequest, user, user.version());
    }

    @PutMapping("/{id}")
    @Access.Admin
    @Operation(
            summary = "Change role, vendor, stores, name, active or password (If-Match -> 412, stale version -> 409)")
    ResponseEntity<User> update(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody UpdateUserRequest request) {
        User updated = users.update(
                id,
                new UserChanges(
                        request.role(),
                        request.vendorId(),
                        request.storeIds(),
                        request.name(),
                        request.active(),
                        request.password()),
                ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    @Access.Admin
    @Operation(summary = "Deactivate an account (kept for the audit trail; it can no longer sign in)")
    ResponseEntity<Void> deactivate(
            @PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        users.deactivate(id, ExpectedVersion.of(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    record CreateUserRequest(
            @NotBlank @Email @Size(max = 320) String email,
            @NotBlank String password,
            @NotNull Role role,
            @Nullable UUID vendorId,
            @Nullable List<UUID> storeIds,
            @Nullable @Size(max = 200) String name) {}

    record UpdateUserRequest(
            @NotNull Role role,
            @Nullable UUID vendorId,
            @Nullable List<UUID> storeIds,
            @Nullable @Size(max = 200) String name,
            @Nullable Boolean active,
            @Nullable String password,
            @Nullable Integer version) {}
}
