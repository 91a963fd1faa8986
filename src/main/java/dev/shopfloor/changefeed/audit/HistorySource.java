package dev.shopfloor.changefeed.audit;

/**
 * A resource whose per-entity history is served from the change log. Giving another resource a history is one
 * constant here plus one three-line endpoint in {@link HistoryController} carrying that resource's read access.
 *
 * @param topic the change-log topic (table name)
 * @param what how an entity is named in a 404
 * @param vendorScoped whether a VENDOR sees only changes of rows that belong to its own vendor
 */
record HistorySource(String topic, String what, boolean vendorScoped) {

    static final HistorySource CUSTOMERS = new HistorySource("customers", "customer", false);
    static final HistorySource CATALOG_ITEMS = new HistorySource("catalog_items", "catalog item", true);
    static final HistorySource LOCATIONS = new HistorySource("locations", "location", false);
    static final HistorySource STOCK_LEVELS = new HistorySource("stock_levels", "stock level", true);
}
