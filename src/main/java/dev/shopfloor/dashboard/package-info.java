/**
 * Dashboard: a read model over every module's tables, in SQL only: today's sales and orders, open orders, low
 * stock and production in progress, sales per day, week or month, and product performance. It writes nothing and
 * no module depends on it; it reads other modules' tables in SQL, never their Java internals (docs/decisions.md).
 * Other modules (the admin pages) come in through {@link dev.shopfloor.dashboard.Dashboard}.
 */
@NullMarked
package dev.shopfloor.dashboard;

import org.jspecify.annotations.NullMarked;
