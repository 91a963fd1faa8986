/** Vendors, stores and users: who supplies, where it is sold, and who may sign in. */
@NullMarked
package dev.shopfloor.partners;

import org.jspecify.annotations.NullMarked;
