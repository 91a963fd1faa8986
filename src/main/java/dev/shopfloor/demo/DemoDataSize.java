package dev.shopfloor.demo;

/** How much demo data to make, and from which seed. */
record DemoDataSize(long seed, int vendors, int customers, int items, int orders, int productionOrders) {

    static DemoDataSize standard(long seed) {
        return new DemoDataSize(seed, 10, 3_000, 2_000, 400, 44);
    }
}
