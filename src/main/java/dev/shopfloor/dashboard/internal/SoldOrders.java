package dev.shopfloor.dashboard.internal;

/** What the dashboard counts as sold: an order past payment/confirmation and not undone. */
final class SoldOrders {

    /** Statuses of sold orders, as an SQL list; draft, pending, cancelled and refunded are not sales. */
    static final String STATUSES = "('confirmed', 'in_production', 'ready', 'shipped', 'delivered')";

    private SoldOrders() {}
}
