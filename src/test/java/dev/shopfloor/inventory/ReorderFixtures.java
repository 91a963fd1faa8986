package dev.shopfloor.inventory;

import dev.shopfloor.partners.VendorDetails;
import dev.shopfloor.partners.Vendors;
import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.testing.Api;
import dev.shopfloor.testing.IntegrationTest;
import dev.shopfloor.testing.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Vendors, catalog items and stock levels with a reorder policy for the replenishment tests. Items go through the
 * catalog API; the reorder policy and the per-item auto_reorder switch are set with SQL the application role may
 * run (the levels and catalog endpoints for them belong to other work in progress).
 */
public final class ReorderFixtures {

    private final JdbcClient jdbc;
    private final Api admin;
    private final Vendors vendors;
    private final StockFixtures stock;

    public ReorderFixtures(JdbcClient jdbc, Api admin, Vendors vendors) {
        this.jdbc = jdbc;
        this.admin = admin;
        this.vendors = vendors;
        this.stock = new StockFixtures(jdbc);
    }

    public UUID vendor() {
        return CurrentActor.runAs(
                        Actor.system("test"),
                        () -> vendors.create(VendorDetails.named(IntegrationTest.unique("Supplier"))))
                .id();
    }

    /** A stock item of the vendor (none when null) with a fresh SKU; returns the SKU. */
    public String item(@Nullable UUID vendorId) {
        String sku = IntegrationTest.unique("RPL").toUpperCase();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", sku);
        item.put("name", "Training shorts " + sku);
        item.put("price", 19.50);
        item.put("currency", "EUR");
        item.put("status", "published");
        item.put("fulfillment", "stock");
        if (vendorId != null) {
            item.put("vendorId", vendorId.toString());
        }
        Response created = admin.post("/api/catalog", item);
        if (created.status() != 201) {
            throw new IllegalStateException("item not created: " + created);
        }
        return sku;
    }

    public void autoReorder(String sku, boolean on) {
        jdbc.sql("UPDATE catalog_items SET auto_reorder = :on WHERE lower(sku) = lower(:sku)")
                .param("on", on)
                .param("sku", sku)
                .update();
    }

    public UUID location() {
        return stock.location();
    }

    /** A level holding {@code onHand} with this reorder policy; returns its id. */
    public UUID level(String sku, UUID location, int onHand, int reorderPoint, int reorderQuantity) {
        UUID level = stock.receive(sku, location, onHand);
        jdbc.sql("UPDATE stock_levels SET reorder_point = :point, reorder_quantity = :quantity WHERE id = :id")
                .param("point", reorderPoint)
                .param("quantity", reorderQuantity)
                .param("id", level)
                .update();
        return level;
    }

    /** Takes stock away with an adjustment movement (negative quantity). */
    public void take(UUID level, int quantity) {
        move(level, -quantity);
    }

    /** Adds stock with an adjustment movement. */
    public void add(UUID level, int quantity) {
        move(level, quantity);
    }

    private void move(UUID level, int quantity) {
        jdbc.sql("""
                        INSERT INTO stock_movements (id, level_id, kind, quantity, reason)
                        VALUES (:id, :level, 'adjustment', :quantity, 'test adjustment')
                        """)
                .param("id", Ids.newId())
                .param("level", level)
                .param("quantity", quantity)
                .update();
    }

    public StockFixtures.Level stock(UUID level) {
        return stock.level(level);
    }

    /** What open purchase orders will still deliver to the level (stock_availability.incoming). */
    public int incoming(UUID level) {
        return jdbc.sql("SELECT incoming FROM stock_availability WHERE id = :id")
                .param("id", level)
                .query(Integer.class)
                .single();
    }

    public UUID levelOf(String sku, UUID location) {
        return jdbc.sql("SELECT id FROM stock_levels WHERE sku_key = lower(:sku) AND location_id = :location")
                .param("sku", sku)
                .param("location", location)
                .query(UUID.class)
                .single();
    }
}
