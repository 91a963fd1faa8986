package dev.shopfloor.inventory.web;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The new expiry of a hold; it must be in the future. */
record ExtendRequest(@NotNull Instant expiresAt) {}
