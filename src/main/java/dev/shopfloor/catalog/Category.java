package dev.shopfloor.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A node of the category tree; {@code children} is filled when the whole tree is read. */
public record Category(
        UUID id,
        String name,
        @Nullable UUID parentId,
        int version,
        Instant createdAt,
        Instant updatedAt,
        List<Category> children) {

    public Category withChildren(List<Category> nodes) {
        return new Category(id, name, parentId, version, createdAt, updatedAt, nodes);
    }
}
