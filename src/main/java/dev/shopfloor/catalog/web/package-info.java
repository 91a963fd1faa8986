@NullMarked
package dev.shopfloor.catalog.web;

import org.jspecify.annotations.NullMarked;
