package dev.shopfloor.inventory.internal;

import static dev.shopfloor.platform.database.FilterClauses.add;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The filtered purchase order list, newest first, by keyset on the time-ordered id. Only the conditions of the
 * filters given are added, so each uses its index ((status, id), (vendor_id, id), (location_id, id)).
 */
@Repository
class PurchaseOrderSearch {

    private static final String SELECT = "SELECT " + PurchaseOrderRepository.COLUMNS + """
            FROM purchase_orders po
            WHERE true
            """;
    private static final String STATUS = """
            AND po.status = :status
            """;
    private static final String VENDOR = """
            AND po.vendor_id = :vendor
            """;
    private static final String LOCATION = """
            AND po.location_id = :location
            """;
    private static final String AFTER = """
            AND po.id < :after
            """;
    private static final String ORDER = """
            ORDER BY po.id DESC
            LIMIT :limit
            """;

    private final JdbcClient jdbc;

    PurchaseOrderSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} orders (without lines) after the cursor position {@code after}. */
    List<PurchaseOrder> find(PurchaseOrderFilter filter, @Nullable UUID after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.status() != null) {
            sql.append(STATUS);
            params.put("status", filter.status().db());
        }
        add(sql, params, VENDOR, "vendor", filter.vendorId());
        add(sql, params, LOCATION, "location", filter.locationId());
        add(sql, params, AFTER, "after", after);
        sql.append(ORDER);
        params.put("limit", limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query(PurchaseOrderRepository::map)
                .list();
    }
}
