package dev.shopfloor.changefeed.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** One change_log row as read for audit, with its row snapshots already cleaned by {@link RowValues}. */
record LoggedChange(
        long id,
        @Nullable Long seq,
        String topic,
        String op,
        UUID entityId,
        @Nullable Integer version,
        List<String> changed,
        @Nullable ObjectNode oldRow,
        @Nullable ObjectNode newRow,
        @Nullable String actorId,
        @Nullable UUID storeId,
        @Nullable UUID vendorId,
        @Nullable String requestId,
        Instant at) {}
