/** HTTP resources of the manufacturing module: /api/manufacturers, /api/design/**, /api/production/**. */
@NullMarked
package dev.shopfloor.manufacturing.web;

import org.jspecify.annotations.NullMarked;
