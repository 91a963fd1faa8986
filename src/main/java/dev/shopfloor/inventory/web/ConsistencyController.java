package dev.shopfloor.inventory.web;

import dev.shopfloor.inventory.internal.ConsistencyCheck;
import dev.shopfloor.inventory.internal.ConsistencyReport;
import dev.shopfloor.platform.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Stock consistency", description = "Recomputes every stock level from the ledger and the holds")
class ConsistencyController {

    private final ConsistencyCheck check;

    ConsistencyController(ConsistencyCheck check) {
        this.check = check;
    }

    @GetMapping("/api/inventory/consistency")
    @Access.Manage
    @Operation(
            summary = "Check every stock level against its movements and active holds",
            description = "drift lists levels whose onHand is not the sum of their movements (ledgerOnHand) or"
                    + " whose reserved is not the sum of their active holds (holdsReserved); ok when none."
                    + " The same report is printed by the --check-consistency command.")
    ConsistencyReport check() {
        return check.run();
    }
}
