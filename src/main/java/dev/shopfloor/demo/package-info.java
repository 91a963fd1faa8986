/**
 * Demo data: with {@code shopfloor.demo-data=true} an empty database is filled at start with a realistic,
 * deterministic business (vendors, stores, customers, catalog), written through the other modules' facades.
 */
@NullMarked
package dev.shopfloor.demo;

import org.jspecify.annotations.NullMarked;
