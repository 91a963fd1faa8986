/** The dashboard's SQL queries; not for other modules. */
@NullMarked
package dev.shopfloor.dashboard.internal;

import org.jspecify.annotations.NullMarked;
