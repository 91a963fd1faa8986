package dev.shopfloor.dashboard;

import dev.shopfloor.dashboard.internal.ProductQuery;
import dev.shopfloor.dashboard.internal.SalesQuery;
import dev.shopfloor.dashboard.internal.SummaryQueries;
import dev.shopfloor.platform.web.Cursor;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way into the dashboard: figures computed in SQL over the other modules' tables (read-only). Days are UTC
 * days; money is per currency; sold means confirmed, in production, ready, shipped or delivered, dated by the
 * order's creation (docs/modules/dashboard.md).
 */
@Service
public class Dashboard {

    private final SummaryQueries summary;
    private final SalesQuery sales;
    private final ProductQuery products;

    Dashboard(SummaryQueries summary, SalesQuery sales, ProductQuery products) {
        this.summary = summary;
        this.sales = sales;
        this.products = products;
    }

    /**
     * The day's sales and orders, and the current open orders, low stock and production in progress; its four
     * statements read one snapshot (repeatable read), so an order moving on meanwhile is not counted twice.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Summary summary(DateRange day, @Nullable UUID storeId) {
        SummaryQueries.Day figures = summary.day(day, storeId);
        return new Summary(
                day.from(),
                figures.sales(),
                figures.orders(),
                summary.openOrders(storeId),
                summary.lowStock(storeId),
                Summary.Production.of(summary.production(storeId)));
    }

    /** Every bucket of the range, oldest first, empty ones included. */
    @Transactional(readOnly = true)
    public List<SalesBucket> sales(DateRange range, Granularity granularity, @Nullable UUID storeId) {
        return sales.buckets(range, granularity, storeId);
    }

    /** The items sold in the range, best first by {@code sort}, then by SKU; {@code limit} 1..200, default 50. */
    @Transactional(readOnly = true)
    public List<ProductPerformance> products(
            DateRange range, ProductFilter filter, ProductSort sort, @Nullable Integer limit) {
        return products.top(range, filter, sort, Cursor.limit(limit));
    }
}
