package dev.shopfloor.inventory.web;

import dev.shopfloor.inventory.internal.LedgerWriter;
import dev.shopfloor.inventory.internal.LedgerWriter.Transferred;
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
class TransferController {

    private final LedgerWriter ledger;

    TransferController(LedgerWriter ledger) {
        this.ledger = ledger;
    }

    @PostMapping("/api/inventory/transfers")
    @Access.Write
    @Operation(
            summary = "Transfer available stock of a SKU between two locations",
            description = "transfer_out and transfer_in movements in one transaction, sharing referenceId ="
                    + " transferId; both levels locked in id order. 409 insufficient_stock when the source's"
                    + " available (not on-hand: held stock does not move) is short; nothing is written. 422"
                    + " same_location, unknown_sku, unknown_location (missing or inactive).")
    ResponseEntity<Transferred> transfer(@Valid @RequestBody TransferRequest request) {
        Transferred transferred = ledger.transfer(request.toTransfer());
        return ResponseEntity.created(URI.create("/api/inventory/movements?referenceId=" + transferred.transferId()))
                .body(transferred);
    }
}
