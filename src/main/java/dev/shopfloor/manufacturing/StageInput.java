package dev.shopfloor.manufacturing;

import org.jspecify.annotations.Nullable;

/** A stage to add or change; on a change, null fields keep their value and the code cannot change. */
public record StageInput(
        @Nullable String code,
        @Nullable String name,
        @Nullable Integer position,
        @Nullable String kind) {}
