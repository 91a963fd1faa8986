package dev.shopfloor.changefeed.audit;

import dev.shopfloor.changefeed.audit.ChangeLogQueries.Criteria;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.platform.context.Role;
import dev.shopfloor.platform.web.ApiException;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.Page;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Audit trail and per-entity history, both read from the change log, newest first. */
@Service
class AuditLog {

    private final ChangeLogQueries log;

    AuditLog(ChangeLogQueries log) {
        this.log = log;
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> audit(Criteria criteria, @Nullable String cursor, @Nullable Integer limit) {
        if (criteria.from() != null && criteria.to() != null && !criteria.from().isBefore(criteria.to())) {
            throw ApiException.badRequest("invalid_range", "from must be before to");
        }
        int size = Cursor.limit(limit);
        List<LoggedChange> fetched = log.find(criteria, AuditCursor.after(cursor), size + 1);
        return Page.of(fetched, size, c -> AuditCursor.of(c.id())).map(AuditEntry::of);
    }

    /**
     * The changes of one entity that the caller may see; 404 when there is none (an unknown id, another vendor's
     * row, or history older than the log's retention).
     */
    @Transactional(readOnly = true)
    public Page<HistoryEntry> history(
            HistorySource source, UUID entityId, @Nullable String cursor, @Nullable Integer limit) {
        int size = Cursor.limit(limit);
        @Nullable Long after = AuditCursor.after(cursor);
        Criteria criteria = Criteria.entity(source.topic(), entityId, vendorScope(source));
        List<LoggedChange> fetched = source.childTopics().isEmpty()
                ? log.find(criteria, after, size + 1)
                : log.family(source, entityId, after, size + 1);
        if (fetched.isEmpty() && after == null) {
            throw ApiException.notFound(source.what(), entityId);
        }
        return Page.of(fetched, size, c -> AuditCursor.of(c.id())).map(HistoryEntry::of);
    }

    private static @Nullable UUID vendorScope(HistorySource source) {
        Actor actor = CurrentActor.get();
        if (!source.vendorScoped() || actor.role() != Role.VENDOR) {
            return null;
        }
        if (actor.vendorId() == null) {
            throw ApiException.notFound("vendor of", actor.id());
        }
        return actor.vendorId();
    }
}
