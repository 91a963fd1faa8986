/** HTTP resources of the orders module. */
@NullMarked
package dev.shopfloor.orders.web;

import org.jspecify.annotations.NullMarked;
