/** Repositories and rules of the manufacturing module; not for other modules. */
@NullMarked
package dev.shopfloor.manufacturing.internal;

import org.jspecify.annotations.NullMarked;
