package dev.shopfloor.manufacturing;

import dev.shopfloor.manufacturing.internal.QueueCursor;
import dev.shopfloor.manufacturing.internal.QueueSearch;
import dev.shopfloor.platform.web.Cursor;
import dev.shopfloor.platform.web.Page;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The production queue: what is open, most urgent first (docs/modules/manufacturing.md, "Queue"). */
@Service
public class QueueService {

    private final QueueSearch search;

    QueueService(QueueSearch search) {
        this.search = search;
    }

    /**
     * One page of open tasks by priority (urgent first), then due date (none last), then id; keyset pagination
     * on that order with an opaque cursor (400 {@code invalid_cursor} for one we did not issue).
     */
    @Transactional(readOnly = true)
    public Page<QueueEntry> page(QueueFilter filter, @Nullable String cursor, @Nullable Integer limit) {
        int size = Cursor.limit(limit);
        List<QueueEntry> fetched = search.find(filter, QueueCursor.decode(cursor), size + 1);
        return Page.of(fetched, size, entry -> QueueCursor.after(entry).encode());
    }
}
