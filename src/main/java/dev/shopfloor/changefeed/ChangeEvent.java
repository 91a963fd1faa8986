package dev.shopfloor.changefeed;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One committed change, as the sync contract sends it.
 *
 * @param seq dense, strictly increasing in the order changes may be applied (commit order per entity)
 * @param data the row after the change, or before it for a delete; camelCase keys, secret columns left out
 * @param changed the camelCase names of the columns an update changed (empty for inserts and deletes)
 * @param vendorId the row's vendor, used for VENDOR visibility; not part of the wire format
 */
public record ChangeEvent(
        long seq,
        String topic,
        String op,
        UUID id,
        @Nullable Integer version,
        JsonNode data,
        List<String> changed,
        @Nullable String actorId,
        @Nullable UUID storeId,
        Instant at,
        @JsonIgnore @Nullable UUID vendorId) {}
