package dev.shopfloor.manufacturing;

import dev.shopfloor.manufacturing.internal.MetricsQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The production metrics of a date range (docs/modules/manufacturing.md, "Metrics"). */
@Service
public class MetricsService {

    private final MetricsQueries queries;

    MetricsService(MetricsQueries queries) {
        this.queries = queries;
    }

    /** Every metric of the range; one snapshot (repeatable read), so the metrics agree with each other. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public MetricsReport report(MetricsRange range) {
        return new MetricsReport(
                range.from(),
                range.to(),
                range.manufacturerId(),
                queries.workInProgress(range),
                queries.throughput(range),
                queries.cycleTime(range),
                queries.onTime(range),
                queries.firstPassYield(range),
                queries.costPerUnit(range));
    }
}
