package dev.shopfloor.dashboard.web;

import dev.shopfloor.dashboard.Dashboard;
import dev.shopfloor.dashboard.DateRange;
import dev.shopfloor.dashboard.Granularity;
import dev.shopfloor.dashboard.ProductFilter;
import dev.shopfloor.dashboard.ProductPerformance;
import dev.shopfloor.dashboard.ProductSort;
import dev.shopfloor.dashboard.SalesBucket;
import dev.shopfloor.dashboard.Summary;
import dev.shopfloor.platform.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/dashboard")
@Tag(
        name = "Dashboard",
        description = "Sales, open orders, low stock, production and product performance, computed in SQL;"
                + " UTC days, money per currency")
class DashboardController {

    private final Dashboard dashboard;

    DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/summary")
    @Access.StaffRead
    @Operation(
            summary = "Today's sales and orders, open orders by status, low-stock count and production in progress",
            description = "salesToday: sold orders (confirmed..delivered) created that UTC day, per currency;"
                    + " ordersToday: orders created that day in any status but draft. The other figures are"
                    + " current. storeId narrows orders, production (tasks of the store's orders) and low stock"
                    + " (levels at the store's locations).")
    Summary summary(
            @Parameter(description = "UTC day, YYYY-MM-DD; default today")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate date,
            @RequestParam(required = false) @Nullable UUID storeId) {
        LocalDate day = date == null ? LocalDate.now(ZoneOffset.UTC) : date;
        return dashboard.summary(DateRange.day(day), storeId);
    }

    @GetMapping("/sales")
    @Access.StaffRead
    @Operation(
            summary = "Sold orders, units and revenue per day, ISO week or month; every bucket of the range, zeros"
                    + " included",
            description = "from and to are UTC days, both included, at most 731 days (422 invalid_range);"
                    + " granularity day (default), week (from Monday) or month (400 invalid_granularity otherwise).")
    SalesResponse sales(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "day") String granularity,
            @RequestParam(required = false) @Nullable UUID storeId) {
        Granularity size = Granularity.parse(granularity);
        DateRange range = new DateRange(from, to);
        return new SalesResponse(from, to, size, dashboard.sales(range, size, storeId));
    }

    @GetMapping("/products")
    @Access.StaffRead
    @Operation(
            summary = "Product performance: units, revenue, stock and sell-through per item sold in the range",
            description = "Ordered by revenue (in the item's currency, default) or units, then SKU. categoryId"
                    + " includes sub-categories; storeId narrows the orders and the stock to the store's"
                    + " locations. limit 1..200, default 50.")
    ProductsResponse products(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Nullable UUID storeId,
            @RequestParam(required = false) @Nullable UUID vendorId,
            @RequestParam(required = false) @Nullable UUID categoryId,
            @Parameter(description = "revenue (default) or units") @RequestParam(defaultValue = "revenue") String sort,
            @RequestParam(required = false) @Nullable Integer limit) {
        ProductSort order = ProductSort.parse(sort);
        DateRange range = new DateRange(from, to);
        List<ProductPerformance> items =
                dashboard.products(range, new ProductFilter(storeId, vendorId, categoryId), order, limit);
        return new ProductsResponse(from, to, order, items);
    }

    record SalesResponse(LocalDate from, LocalDate to, Granularity granularity, List<SalesBucket> buckets) {}

    record ProductsResponse(LocalDate from, LocalDate to, ProductSort sort, List<ProductPerformance> items) {}
}
