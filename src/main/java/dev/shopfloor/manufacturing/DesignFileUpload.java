package dev.shopfloor.manufacturing;

import org.jspecify.annotations.Nullable;

/** An uploaded artwork file, as received. */
public record DesignFileUpload(
        String fileName,
        String contentType,
        byte[] content,
        @Nullable String note) {}
