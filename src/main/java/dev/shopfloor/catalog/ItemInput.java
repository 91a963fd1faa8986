package dev.shopfloor.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a client sends to create or replace an item, one element of a bulk upsert included.
 * status defaults to draft, fulfillment to stock, autoReorder to false. {@code version} is the optimistic-lock
 * expectation of a PUT.
 */
public record ItemInput(
        @NotBlank @Pattern(regexp = SKU, message = SKU_RULE) String sku,
        @NotBlank @Size(max = 300) String name,
        @Nullable @Size(max = 20000) String description,

        @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2)
        BigDecimal price,

        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code like USD")
        String currency,

        @Nullable @Pattern(regexp = "draft|published|archived")
        String status,

        @Nullable @Pattern(regexp = "stock|made_to_order") String fulfillment,
        @Nullable Boolean autoReorder,
        @Nullable UUID categoryId,
        @Nullable List<@NotNull UUID> sportIds,
        @Nullable List<@NotNull UUID> fabricIds,
        @Nullable UUID vendorId,
        @Nullable Map<String, Object> specs,
        @Nullable @Size(max = 500) List<@NotNull @Valid VariantInput> variants,
        @Nullable Integer version) {

    /** Letters, digits and {@code . _ / -}, starting with a letter or digit, at most 64 characters. */
    public static final String SKU = "[A-Za-z0-9][A-Za-z0-9._/-]{0,63}";

    public static final String SKU_RULE = "must be 1-64 letters, digits or . _ / - starting with a letter or digit";

    /** A variant; {@code id} keeps an existing variant when its SKU changes (else variants match by SKU). */
    public record VariantInput(
            @Nullable UUID id,

            @NotBlank @Pattern(regexp = SKU, message = SKU_RULE)
            String sku,

            @Nullable @Size(max = 50) String size,
            @Nullable @Size(max = 50) String color,

            @Nullable @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal price) {}
}
