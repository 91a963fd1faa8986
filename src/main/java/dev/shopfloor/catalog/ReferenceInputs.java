package dev.shopfloor.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Request bodies of categories, sports and fabrics; {@code version} is the optimistic-lock expectation. */
public final class ReferenceInputs {

    private ReferenceInputs() {}

    public record CategoryInput(
            @NotBlank @Size(max = 200) String name,
            @Nullable UUID parentId,
            @Nullable Integer version) {}

    public record SportInput(
            @NotBlank @Size(max = 100) String name,
            @Nullable @Size(max = 2000) String description,
            @Nullable Integer version) {}

    public record FabricInput(
            @NotBlank @Size(max = 100) String name,
            @Nullable @Size(max = 500) String composition,
            @Nullable @Positive Integer weightGsm,
            @Nullable @Size(max = 2000) String description,
            @Nullable Integer version) {}
}
