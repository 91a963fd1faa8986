package dev.shopfloor.changefeed.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One entry of {@code GET /api/audit}: who changed what, with the row before and after (camelCase keys, secret
 * columns left out; {@code changed} still names a secret column that changed).
 *
 * @param seq the change's place in the sync order; null until the changefeed stamper has numbered it
 * @param id the change-log id, the audit list's keyset position
 */
public record AuditEntry(
        @Nullable Long seq,
        long id,
        String topic,
        String op,
        UUID entityId,
        @Nullable Integer version,
        List<String> changed,
        @Nullable ObjectNode oldValues,
        @Nullable ObjectNode newValues,
        @Nullable String actorId,
        @Nullable UUID storeId,
        @Nullable UUID vendorId,
        @Nullable String requestId,
        Instant at) {

    static AuditEntry of(LoggedChange c) {
        return new AuditEntry(
                c.seq(),
                c.id(),
                c.topic(),
                c.op(),
                c.entityId(),
                c.version(),
                c.changed(),
                c.oldRow(),
                c.newRow(),
                c.actorId(),
                c.storeId(),
                c.vendorId(),
                c.requestId(),
                c.at());
    }
}
