package dev.shopfloor.changefeed.audit;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A resource whose per-entity history is served from the change log. Giving another resource a history is one
 * constant here plus one three-line endpoint in {@link HistoryController} carrying that resource's read access.
 *
 * @param topic the change-log topic (table name)
 * @param what how an entity is named in a 404
 * @param vendorScoped whether a VENDOR sees only changes of rows that belong to its own vendor
 * @param childTopics topics whose rows belong to the entity through {@code parentColumn} (an order's lines,
 *     payments and shipments); their changes are part of its history. Constants only: they become SQL text, and
 *     a partial index on change_log must cover them (V10 for orders).
 * @param parentColumn the column of the child rows that holds the entity's id
 */
record HistorySource(
        String topic,
        String what,
        boolean vendorScoped,
        List<String> childTopics,
        @Nullable String parentColumn) {

    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    static final HistorySource CUSTOMERS = new HistorySource("customers", "customer", false);
    static final HistorySource CATALOG_ITEMS = new HistorySource("catalog_items", "catalog item", true);
    static final HistorySource LOCATIONS = new HistorySource("locations", "location", false);
    static final HistorySource STOCK_LEVELS = new HistorySource("stock_levels", "stock level", true);
    static final HistorySource ORDERS =
            new HistorySource("orders", "order", false, List.of("order_items", "payments", "shipments"), "order_id");
    static final HistorySource PURCHASE_ORDERS = new HistorySource("purchase_orders", "purchase order", false);
    /** Child index: V13_2 change_log_production_task_children. */
    static final HistorySource PRODUCTION_TASKS = new HistorySource(
            "production_tasks",
            "production task",
            false,
            List.of("production_transitions", "production_qc_checks", "production_task_materials", "production_costs"),
            "task_id");

    static final HistorySource MANUFACTURERS = new HistorySource("manufacturers", "manufacturer", false);
    // Files: V13_1's change_log_design_children.
    static final HistorySource DESIGN_TASKS =
            new HistorySource("design_tasks", "design task", false, List.of("design_files"), "design_task_id");

    HistorySource {
        childTopics = List.copyOf(childTopics);
        if (!childTopics.stream().allMatch(t -> NAME.matcher(t).matches())
                || (parentColumn != null && !NAME.matcher(parentColumn).matches())
                || (parentColumn == null) != childTopics.isEmpty()) {
            throw new IllegalArgumentException("child topics and parent column must be plain names, both or neither");
        }
    }

    HistorySource(String topic, String what, boolean vendorScoped) {
        this(topic, what, vendorScoped, List.of(), null);
    }
}
