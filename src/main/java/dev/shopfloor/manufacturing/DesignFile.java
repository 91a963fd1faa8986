package dev.shopfloor.manufacturing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One uploaded version of an artwork file of a design task (the bytes are served apart). Files never change:
 * uploading the same name again adds its next {@code fileVersion}.
 *
 * @param sha256 hex digest of the bytes, computed by the server
 */
public record DesignFile(
        UUID id,
        UUID designTaskId,
        String fileName,
        int fileVersion,
        String contentType,
        long sizeBytes,
        String sha256,
        @Nullable String note,
        @Nullable UUID uploadedBy,
        Instant createdAt) {}
