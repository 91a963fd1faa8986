/** Repositories and write logic of the customers module; not for other modules. */
@NullMarked
package dev.shopfloor.customers.internal;

import org.jspecify.annotations.NullMarked;
