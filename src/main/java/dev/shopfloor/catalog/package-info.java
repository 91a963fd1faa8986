/**
 * The catalog: items with variants, categories (a tree), sports, fabrics, bulk upsert and the public storefront.
 * Other modules come in through {@link dev.shopfloor.catalog.Catalog}.
 */
@NullMarked
package dev.shopfloor.catalog;

import org.jspecify.annotations.NullMarked;
