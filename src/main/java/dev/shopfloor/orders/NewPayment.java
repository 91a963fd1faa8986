package dev.shopfloor.orders;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A payment to record: method {@code card|cash|bank_transfer|other}, status {@code captured|pending|failed}. */
public record NewPayment(
        BigDecimal amount,
        String currency,
        String method,
        String status,
        @Nullable String reference) {}
