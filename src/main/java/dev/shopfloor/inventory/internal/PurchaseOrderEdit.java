package dev.shopfloor.inventory.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A change to a draft: currency, expected date and notes are replaced; {@code lines}, when given, too. */
public record PurchaseOrderEdit(
        @Nullable String currency,
        @Nullable LocalDate expectedAt,
        @Nullable String notes,
        @Nullable List<PurchaseOrderDraft.Line> lines) {}
