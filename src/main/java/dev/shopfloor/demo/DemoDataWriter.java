package dev.shopfloor.demo;

import dev.shopfloor.catalog.BulkReport;
import dev.shopfloor.catalog.Catalog;
import dev.shopfloor.catalog.ItemInput;
import dev.shopfloor.customers.CustomerCommunications;
import dev.shopfloor.customers.CustomerFilter;
import dev.shopfloor.customers.Customers;
import dev.shopfloor.customers.NewCommunication;
import dev.shopfloor.demo.DemoCatalog.FabricSpec;
import dev.shopfloor.demo.DemoProduction.DemoJob;
import dev.shopfloor.demo.DemoProduction.Progress;
import dev.shopfloor.inventory.Inventory;
import dev.shopfloor.inventory.LocationInput;
import dev.shopfloor.manufacturing.Assignment;
import dev.shopfloor.manufacturing.Assignments;
import dev.shopfloor.manufacturing.DesignStatus;
import dev.shopfloor.manufacturing.DesignStatusChange;
import dev.shopfloor.manufacturing.DesignTasks;
import dev.shopfloor.manufacturing.Manufacturers;
import dev.shopfloor.manufacturing.ProductionTask;
import dev.shopfloor.manufacturing.ProductionTaskChanges;
import dev.shopfloor.manufacturing.ProductionTaskFilter;
import dev.shopfloor.manufacturing.ProductionTasks;
import dev.shopfloor.manufacturing.QcInput;
import dev.shopfloor.orders.OrderShipments;
import dev.shopfloor.orders.OrderStatus;
import dev.shopfloor.orders.Orders;
import dev.shopfloor.partners.Stores;
import dev.shopfloor.partners.Vendors;
import dev.shopfloor.platform.web.ExpectedVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
    private final OrderShipments shipments;
    private final Manufacturers manufacturers;
    private final DesignTasks designs;
    private final ProductionTasks production;
    private final Assignments assignments;

    DemoDataWriter(
            Vendors vendors,
            Stores stores,
            Customers customers,
            CustomerCommunications communications,
            Catalog catalog,
            Inventory inventory,
            Orders orders,
            OrderShipments shipments,
            Manufacturers manufacturers,
            DesignTasks designs,
            ProductionTasks production,
            Assignments assignments) {
        this.vendors = vendors;
        this.stores = stores;
        this.customers = customers;
        this.communications = communications;
        this.catalog = catalog;
        this.inventory = inventory;
        this.orders = orders;
        this.shipments = shipments;
        this.manufacturers = manufacturers;
        this.designs = designs;
        this.production = production;
        this.assignments = assignments;
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
        UUID warehouse = writeStockAndOrders(size, items, customerIds);
        writeProduction(
                size, items, customerIds, warehouse, now.atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** Writes locations, opening stock and orders; returns the main warehouse. */
    private UUID writeStockAndOrders(DemoDataSize size, List<ItemInput> items, List<UUID> customerIds) {
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
        return warehouse;
    }

    /** Manufacturers, and made-to-order orders whose production stands anywhere from design draft to shipped. */
    private void writeProduction(
            DemoDataSize size, List<ItemInput> items, List<UUID> customerIds, UUID workshop, LocalDate today) {
        List<UUID> makers = DemoProduction.manufacturers(workshop).stream()
                .map(maker -> manufacturers.create(maker).id())
                .toList();
        DemoProduction demo = new DemoProduction(size.seed());
        List<DemoJob> jobs = demo.jobs(size.productionOrders(), DemoProduction.madeToOrderSkus(items), customerIds);
        for (int i = 0; i < jobs.size(); i++) {
            DemoJob job = jobs.get(i);
            UUID orderId = orders.place(job.order()).id();
            orders.changeStatus(orderId, OrderStatus.CONFIRMED, null, ExpectedVersion.ANY);
            var filter = new ProductionTaskFilter(null, null, orderId, null, null, null);
            for (ProductionTask task : production.search(filter, null, 10).items()) {
                // Starts spread over two weeks, so no day is booked beyond a manufacturer's capacity.
                var assignment =
                        new Assignment(task.id(), makers.get(i % makers.size()), today.plusDays(i % 14), null, false);
                advance(task, job.progress(), assignment);
            }
            if (job.progress() == Progress.SHIPPED) {
                shipments.ship(orderId, "DHL", "JD" + (100_000 + i), List.of());
            }
        }
    }

    private void advance(ProductionTask task, Progress progress, Assignment assignment) {
        if (progress == Progress.DESIGN_DRAFT || task.designTaskId() == null) {
            return;
        }
        List<DesignStatus> design = progress == Progress.DESIGN_IN_REVIEW
                ? List.of(DesignStatus.IN_PROGRESS, DesignStatus.IN_REVIEW)
                : List.of(DesignStatus.IN_PROGRESS, DesignStatus.IN_REVIEW, DesignStatus.APPROVED);
        for (DesignStatus status : design) {
            String approvedBy = status == DesignStatus.APPROVED ? "Team captain" : null;
            designs.changeStatus(
                    task.designTaskId(), new DesignStatusChange(status, null, approvedBy), ExpectedVersion.ANY);
        }
        if (progress == Progress.DESIGN_IN_REVIEW) {
            return;
        }
        assignments.assign(assignment);
        for (String step : DemoProduction.steps(progress)) {
            switch (step) {
                case DemoProduction.QC_FAIL ->
                    production.qc(task.id(), new QcInput(false, task.quantity(), 1, "stitching off", "sewing"));
                case DemoProduction.QC_PASS ->
                    production.qc(task.id(), new QcInput(true, task.quantity(), 0, null, null));
                default -> production.update(task.id(), moveTo(step), ExpectedVersion.ANY);
            }
        }
    }

    private static ProductionTaskChanges moveTo(String stage) {
        return new ProductionTaskChanges(null, null, null, null, null, null, null, null, stage, null);
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
