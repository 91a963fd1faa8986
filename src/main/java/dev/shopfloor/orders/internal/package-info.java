/** Repositories, placement, transitions, line changes, payments, shipments and the expiry job; not for other modules. */
@NullMarked
package dev.shopfloor.orders.internal;

import org.jspecify.annotations.NullMarked;
