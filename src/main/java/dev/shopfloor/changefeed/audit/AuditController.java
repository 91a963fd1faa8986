package dev.shopfloor.changefeed.audit;

import dev.shopfloor.changefeed.audit.ChangeLogQueries.Criteria;
import dev.shopfloor.platform.security.Access;
import dev.shopfloor.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail. ADMIN and MANAGER only: it shows every module's rows before and after each change, users
 * included, which is more than STAFF or VIEWER may read resource by resource.
 */
@RestController
@Tag(name = "Audit", description = "Who changed what and when, from the change log")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    @Access.Manage
    @Operation(
            summary = "List committed changes, newest first",
            description = "Each entry carries the row before and after (camelCase keys, secret columns omitted), "
                    + "the changed fields, the acting user or system job and the request id. "
                    + "Keyset pagination by change-log id; `from` is inclusive, `to` exclusive.")
    Page<AuditEntry> list(
            @Parameter(description = "table name, e.g. customers, catalog_items, users")
                    @RequestParam(required = false)
                    @Nullable
                    String topic,
            @RequestParam(required = false) @Nullable UUID entityId,
            @Parameter(description = "a user id, or system:<job> for background work")
                    @RequestParam(required = false)
                    @Nullable
                    String actorId,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return audit.audit(
                new Criteria(blankToNull(topic), entityId, blankToNull(actorId), from, to, null), cursor, limit);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
