package dev.shopfloor.orders;

import java.util.UUID;

/**
 * Published inside the transaction that changes an order's status, right after the change is written. Listeners
 * run in that transaction: what they write commits with the order, and an exception they throw (an
 * {@link dev.shopfloor.platform.web.ApiException}) refuses the change and rolls all of it back. Manufacturing
 * creates, cancels and guards the order's production tasks this way, without orders knowing about it.
 */
public record OrderStatusChanged(UUID orderId, String number, OrderStatus from, OrderStatus to) {}
