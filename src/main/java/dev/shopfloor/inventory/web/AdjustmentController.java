package dev.shopfloor.inventory.web;

import dev.shopfloor.inventory.internal.LedgerWriter;
import dev.shopfloor.inventory.internal.LedgerWriter.Adjusted;
import dev.shopfloor.platform.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Inventory")
class AdjustmentController {

    static final String DESCRIPTION = "Exactly one of delta or setOnHand (400 validation_failed); reason required."
            + " Writes one adjustment movement; the first adjustment of a SKU at a location creates its level."
            + " 201 {movement, level}; 200 with movement null when setOnHand equals onHand. 409 version_conflict"
            + " for a stale expectedVersion, 409 insufficient_stock below reserved or zero, 422 unknown_sku /"
            + " unknown_location. A VENDOR adjusts only its own SKUs.";

    private final LedgerWriter ledger;

    AdjustmentController(LedgerWriter ledger) {
        this.ledger = ledger;
    }

    @PostMapping("/api/inventory/adjustments")
    @Access.VendorWrite
    @Operation(
            summary = "Adjust stock of a SKU at a location by a delta or to a counted quantity",
            description = DESCRIPTION)
    ResponseEntity<Adjusted> adjust(@Valid @RequestBody AdjustmentRequest request) {
        return respond(ledger.adjust(request.toAdjustment()));
    }

    static ResponseEntity<Adjusted> respond(Adjusted adjusted) {
        if (adjusted.movement() == null) {
            return ResponseEntity.ok(adjusted);
        }
        return ResponseEntity.created(URI.create(
                        "/api/inventory/movements/" + adjusted.movement().id()))
                .body(adjusted);
    }
}
