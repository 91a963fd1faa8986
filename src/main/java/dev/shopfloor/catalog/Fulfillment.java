package dev.shopfloor.catalog;

/** How an item is fulfilled: shipped from stock, or made for the order (manufacturing). */
public enum Fulfillment {
    STOCK,
    MADE_TO_ORDER;

    public static Fulfillment fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
