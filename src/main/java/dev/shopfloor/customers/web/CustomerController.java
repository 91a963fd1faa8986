package dev.shopfloor.customers.web;

import dev.shopfloor.customers.CustomerFilter;
import dev.shopfloor.customers.Customers;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.ETags;
import dev.shopfloor.platform.web.ExpectedVersion;
import dev.shopfloor.platform.web.IdsFilter;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
@RequestMapping("/api/customers")
@Tag(name = "Customers", description = "Customers with addresses and tags; search, archive on delete")
class CustomerController {

    private final Customers customers;

    CustomerController(Customers customers) {
        this.customers = customers;
    }

    @PostMapping
    @Access.Write
    @Operation(summary = "Create a customer (409 duplicate_email when the email is taken in any case)")
    ResponseEntity<CustomerResponse> create(@Valid @RequestBody CustomerRequest request) {
        UUID id = customers.create(request.toNewCustomer());
        var created = CustomerResponse.of(customers.get(id));
        return ResponseEntity.created(URI.create("/api/customers/" + id))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Access.StaffRead
    @Operation(summary = "Get a customer with its addresses (ETag; If-None-Match gives 304)")
    ResponseEntity<CustomerResponse> get(@PathVariable UUID id, WebRequest webRequest) {
        var customer = customers.get(id);
        return ETags.ok(webRequest, CustomerResponse.of(customer), customer.version());
    }

    @PutMapping("/{id}")
    @Access.Write
    @Operation(
            summary = "Replace a customer's fields and address set",
            description = "If-Match stale gives 412, a stale body version 409; addresses keep their ids when"
                    + " sent with them. \"archived\": false restores an archived customer.")
    ResponseEntity<CustomerResponse> update(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @Valid @RequestBody CustomerRequest request) {
        var updated = customers.update(
                id, request.toNewCustomer(), request.archived(), ExpectedVersion.of(ifMatch, request.version()));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(CustomerResponse.of(updated));
    }

    @DeleteMapping("/{id}")
    @Access.Manage
    @Operation(
            summary = "Delete a customer, or archive it while other records (orders) refer to it",
            description = "204 either way; GET afterwards shows the archived customer or 404.")
    ResponseEntity<Void> delete(
            @PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        customers.delete(id, ExpectedVersion.of(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @Access.StaffRead
    @Operation(
            summary = "List customers, newest first, filtered; keyset pagination with cursor and limit",
            description = "`ids` reads up to 200 given customers in one request (archived ones too unless"
                    + " `archived` says otherwise); more ids give 400 too_many_ids.")
    Page<CustomerResponse> list(
            @Parameter(description = "free text over name, email, company and phone (substring or close match)")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "exact email, any case") @RequestParam(required = false) @Nullable String email,
            @Parameter(description = "city of any address, any case") @RequestParam(required = false) @Nullable
                    String city,
            @Parameter(description = "tag the customer has; repeat for all of several")
                    @RequestParam(required = false)
                    @Nullable
                    List<String> tag,
            @Parameter(description = "created at or after") @RequestParam(required = false) @Nullable
                    Instant createdFrom,
            @Parameter(description = "created before") @RequestParam(required = false) @Nullable Instant createdTo,
            @Parameter(description = "false (default): active only; true: archived only; any: both")
                    @RequestParam(required = false)
                    @Nullable
                    String archived,
            @Parameter(
                            description = "only these customers: repeat (`ids=a&ids=b`) or comma-separate;"
                                    + " at most 200; archived ones included unless `archived` is given")
                    @RequestParam(required = false)
                    @Nullable
                    List<UUID> ids,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        if (q != null && q.length() > 200) {
            throw ApiException.badRequest("invalid_query", "q must be at most 200 characters");
        }
        List<UUID> byId = IdsFilter.of(ids);
        // Asked for by id, a customer is shown whatever its archive state (an order names an archived one too).
        var archivedState =
                archived == null && !byId.isEmpty() ? CustomerFilter.Archived.ANY : archivedFilter(archived);
        var filter = new CustomerFilter(
                q, email, city, tag == null ? List.of() : tag, createdFrom, createdTo, archivedState, byId);
        return customers.search(filter, cursor, limit).map(CustomerResponse::of);
    }

    private static CustomerFilter.Archived archivedFilter(@Nullable String archived) {
        return switch (archived == null ? "false" : archived.toLowerCase(Locale.ROOT)) {
            case "false" -> CustomerFilter.Archived.NO;
            case "true" -> CustomerFilter.Archived.YES;
            case "any", "all" -> CustomerFilter.Archived.ANY;
            default -> throw ApiException.badRequest("invalid_filter", "archived must be true, false or any");
        };
    }
}
