package dev.shopfloor.customers.web;

import dev.shopfloor.customers.Communication;
import dev.shopfloor.customers.CustomerCommunications;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers/{customerId}/communications")
@Tag(name = "Customer communications", description = "The append-only log of notes, calls, emails and meetings")
class CustomerCommunicationController {

    private final CustomerCommunications communications;

    CustomerCommunicationController(CustomerCommunications communications) {
        this.communications = communications;
    }

    @PostMapping
    @Access.Write
    @Operation(summary = "Log a note, call, email or meeting with a customer; the signed-in user is the author")
    ResponseEntity<Communication> record(
            @PathVariable UUID customerId, @Valid @RequestBody CommunicationRequest request) {
        Communication logged = communications.record(customerId, request.toNew());
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/communications/" + logged.id()))
                .body(logged);
    }

    @GetMapping("/{id}")
    @Access.StaffRead
    @Operation(summary = "One entry of a customer's communication log")
    Communication get(@PathVariable UUID customerId, @PathVariable UUID id) {
        return communications.get(customerId, id);
    }

    @GetMapping
    @Access.StaffRead
    @Operation(summary = "A customer's communication log, most recent first; keyset pagination")
    Page<Communication> list(
            @PathVariable UUID customerId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return communications.list(customerId, cursor, limit);
    }
}
