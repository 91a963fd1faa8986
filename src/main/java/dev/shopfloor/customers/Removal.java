package dev.shopfloor.customers;

/** What a delete did: removed the customer, or archived it because other records still refer to it. */
public enum Removal {
    DELETED,
    ARCHIVED
}
