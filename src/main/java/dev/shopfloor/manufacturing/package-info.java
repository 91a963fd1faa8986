/**
 * Manufacturing: made-to-order goods from an order line to an approved design, through production stages at an
 * in-house line or an outside manufacturer, past quality control, to done; replenishment runs that make stock;
 * manufacturers, capacity, materials and costs. Depends on orders and inventory (and catalog for SKUs); nothing
 * depends on it: orders tell it what happens through {@link dev.shopfloor.orders.OrderStatusChanged}.
 */
@NullMarked
package dev.shopfloor.manufacturing;

import org.jspecify.annotations.NullMarked;
