package dev.shopfloor.manufacturing.web;

import dev.shopfloor.manufacturing.Bom;
import dev.shopfloor.manufacturing.BomLineInput;
import dev.shopfloor.manufacturing.Boms;
import dev.shopfloor.platform.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/production/boms")
@Tag(name = "Bills of materials", description = "What one unit of a catalog item consumes, at which stage")
class BomController {

    private final Boms boms;

    BomController(Boms boms) {
        this.boms = boms;
    }

    record BomLineRequest(
            @NotBlank @Size(max = 64) String materialSku,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 3)
            BigDecimal quantityPerUnit,

            @NotBlank @Size(max = 40) String stage) {}

    record BomRequest(@NotNull @Size(max = 200) List<@Valid @NotNull BomLineRequest> lines) {}

    @GetMapping("/{itemId}")
    @Access.StaffRead
    @Operation(summary = "Get a catalog item's bill of materials, in stage order (404 unknown item)")
    Bom get(@PathVariable UUID itemId) {
        return boms.get(itemId);
    }

    @PutMapping("/{itemId}")
    @Access.Manage
    @Operation(
            summary = "Replace a catalog item's bill of materials",
            description = "materialSku must be a catalog SKU (422 unknown_sku), stage an existing stage (422"
                    + " unknown_stage), each material once per stage (422 duplicate_material). Tasks already created"
                    + " keep the materials they copied.")
    Bom replace(@PathVariable UUID itemId, @Valid @RequestBody BomRequest request) {
        return boms.replace(
                itemId,
                request.lines().stream()
                        .map(l -> new BomLineInput(l.materialSku(), l.quantityPerUnit(), l.stage()))
                        .toList());
    }
}
