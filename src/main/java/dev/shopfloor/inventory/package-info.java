/** TEMPORARY stub of the lead's inventory core (reverted before merging main). */
@NullMarked
package dev.shopfloor.inventory;

import org.jspecify.annotations.NullMarked;
