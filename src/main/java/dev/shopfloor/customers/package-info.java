/**
 * Customers: the people and companies we sell to, their addresses and the log of our communications with
 * them. Other modules come in through {@link dev.shopfloor.customers.Customers}; orders depend on this
 * module, never the other way round.
 */
@NullMarked
package dev.shopfloor.customers;

import org.jspecify.annotations.NullMarked;
