/** HTTP resources of the inventory module, and the partner (PMS) aliases of the stock calls. */
@NullMarked
package dev.shopfloor.inventory.web;

import org.jspecify.annotations.NullMarked;
