package dev.shopfloor.inventory;

import java.util.UUID;

/**
 * Who holds stock: an order, a production task... {@code reference} is what people read in the ledger
 * ({@code SO-10042}).
 */
public record StockOwner(String type, UUID id, String reference) {}
