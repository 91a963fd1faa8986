@NullMarked
package dev.shopfloor.catalog.internal;

import org.jspecify.annotations.NullMarked;
