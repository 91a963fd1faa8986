/** HTTP resources of the dashboard. */
@NullMarked
package dev.shopfloor.dashboard.web;

import org.jspecify.annotations.NullMarked;
