/** HTTP resources of the customers module. */
@NullMarked
package dev.shopfloor.customers.web;

import org.jspecify.annotations.NullMarked;
