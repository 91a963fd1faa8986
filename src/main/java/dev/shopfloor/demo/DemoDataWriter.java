package dev.shopfloor.demo;

import dev.shopfloor.catalog.BulkReport;
import dev.shopfloor.catalog.Catalog;
import dev.shopfloor.catalog.ItemInput;
import dev.shopfloor.customers.CustomerCommunications;
import dev.shopfloor.customers.CustomerFilter;
import dev.shopfloor.customers.Customers;
import dev.shopfloor.customers.NewCommunication;
import dev.shopfloor.demo.DemoCatalog.FabricSpec;
import dev.shopfloor.inventory.Inventory;
import dev.shopfloor.inventory.LocationInput;
import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.orders.Orders;
import dev.shopfloor.partners.Stores;
import dev.shopfloor.partners.Vendors;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Writes generated demo data through the owning modules' facades, inside the caller's transaction. */
@Component
class DemoDataWriter {

    private static final int BULK_BATCH = 500;

    private final Vendors vendors;
    private final Stores stores;
    private final Customers customers;
    private final CustomerCommunications communications;
    private final Catalog catalog;
    private final Inventory inventory;
    private final Orders orders;

    DemoDataWriter(
            Vendors vendors,
            Stores stores,
            Customers customers,
            CustomerCommunications communications,
            Catalog catalog,
            Inventory inventory,
            Orders orders) {
        this.vendors = vendors;
        this.stores = stores;
        this.customers = customers;
        this.communications = communications;
        this.catalog = catalog;
        this.inventory = inventory;
        this.orders = orders;
    }

    boolean databaseIsEmpty() {
        return vendors.list(null, null, null, 1).items().isEmpty()
                && customers.search(CustomerFilter.ACTIVE, null, 1).items().isEmpty();
    }

    void write(DemoDataSize size, Instant now) {
        List<UUID> vendorIds = new ArrayList<>();
        for (var details : DemoPartners.vendors(size.seed(), size.vendors())) {
            vendorIds.add(vendors.create(details).id());
        }
        DemoPartners.STORES.forEach(stores::create);
        List<UUID> customerIds = writeCustomers(size, now);
        List<ItemInput> items = writeCatalog(size, vendorIds);
        writeStockAndOrders(size, items, customerIds);
    }

    private void writeStockAndOrders(DemoDataSize size, List<ItemInput> items, List<UUID> customerIds) {
        UUID warehouse = inventory
                .createLocation(new LocationInput("WH-MAIN", "Main warehouse", "warehouse", null, null, true))
                .id();
        UUID shop = inventory
                .createLocation(new LocationInput("SHOP-1", "City shop", "store", null, null, true))
                .id();
        DemoStock stock = new DemoStock(size.seed());
        inventory.move(stock.openingReceipts(DemoStock.stockSkus(items), warehouse, shop));
        for (int i = 0; i < size.orders(); i++) {
            DemoStock.DemoOrder demo = stock.order(customerIds);
            UUID id = orders.place(demo.order()).id();
            for (OrderStatus next : DemoStock.pathTo(demo.target())) {
                orders.changeStatus(id, next, null, ExpectedVersion.ANY);
            }
        }
    }

    private List<UUID> writeCustomers(DemoDataSize size, Instant now) {
        List<UUID> ids = new ArrayList<>();
        for (DemoCustomers.Generated generated : new DemoCustomers(size.seed(), now).generate(size.customers())) {
            UUID id = customers.create(generated.customer());
            ids.add(id);
            for (NewCommunication entry : generated.communications()) {
                communications.record(id, entry);
            }
        }
        return ids;
    }

    private List<ItemInput> writeCatalog(DemoDataSize size, List<UUID> vendorIds) {
        Map<String, UUID> subCategories = new LinkedHashMap<>();
        DemoCatalog.CATEGORIES.forEach((parent, children) -> {
            UUID parentId = catalog.createCategory(parent, null).id();
            children.forEach(child -> subCategories.put(
                    child, catalog.createCategory(child, parentId).id()));
        });
        List<UUID> sports = DemoCatalog.SPORTS.stream()
                .map(name -> catalog.createSport(name, null).id())
                .toList();
        List<UUID> fabrics = new ArrayList<>();
        for (FabricSpec fabric : DemoCatalog.FABRICS) {
            fabrics.add(catalog.createFabric(fabric.name(), fabric.composition(), fabric.weightGsm(), null)
                    .id());
        }
        var refs = new DemoCatalog.References(subCategories, sports, fabrics, vendorIds);
        List<ItemInput> items = new DemoCatalog(size.seed()).items(size.items(), refs);
        for (int from = 0; from < items.size(); from += BULK_BATCH) {
            BulkReport report =
                    catalog.bulkUpsert(items.subList(from, Math.min(items.size(), from + BULK_BATCH)), true);
            if (!report.saved()) {
                throw new IllegalStateException("demo catalog rejected: " + report.rows());
            }
        }
        return items;
    }
}
