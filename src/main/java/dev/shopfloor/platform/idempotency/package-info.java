/**
 * {@code Idempotency-Key} on POST requests: a retried request runs once, its first answer is replayed (docs/api.md
 * "Idempotent requests", docs/decisions.md D17).
 */
@NullMarked
package dev.shopfloor.platform.idempotency;

import org.jspecify.annotations.NullMarked;
