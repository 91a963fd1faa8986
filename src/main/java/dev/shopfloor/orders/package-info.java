/**
 * Orders: sales orders with their lines, the status workflow ({@link dev.shopfloor.orders.OrderWorkflow}),
 * payments and shipments. Stock is held, released and sold through the inventory module; prices come from the
 * catalog. Other modules come in through {@link dev.shopfloor.orders.Orders}.
 */
@NullMarked
package dev.shopfloor.orders;

import org.jspecify.annotations.NullMarked;
