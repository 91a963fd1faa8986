package dev.shopfloor.changefeed;

import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes to synced tables as the application role, in transactions the test controls. */
record Writes(JdbcClient jdbc, PlatformTransactionManager transactions) {

    /** Runs {@code work} in one transaction as a system actor; it commits when {@code work} returns. */
    void inTransaction(Consumer<Writes> work) {
        CurrentActor.runAs(Actor.system("test"), () -> {
            new TransactionTemplate(transactions).executeWithoutResult(status -> work.accept(this));
        });
    }

    UUID insertVendor(String name) {
        UUID id = Ids.newId();
        jdbc.sql("INSERT INTO vendors (id, name) VALUES (:id, :name)")
                .param("id", id)
                .param("name", name)
                .update();
        return id;
    }

    UUID insertCatalogItem(UUID vendorId) {
        UUID id = Ids.newId();
        jdbc.sql("""
                        INSERT INTO catalog_items (id, sku, name, price, currency, vendor_id)
                        VALUES (:id, :sku, :name, 10.00, 'USD', :vendorId)
                        """)
                .param("id", id)
                .param("sku", "SYNC-" + id.toString().substring(24))
                .param("name", "Synced item")
                .param("vendorId", vendorId)
                .update();
        return id;
    }

    void renameVendor(UUID id, String name) {
        jdbc.sql("UPDATE vendors SET name = :name WHERE id = :id")
                .param("id", id)
                .param("name", name)
                .update();
    }

    void setVendorNotes(UUID id, String notes) {
        jdbc.sql("UPDATE vendors SET notes = :notes WHERE id = :id")
                .param("id", id)
                .param("notes", notes)
                .update();
    }

    void deleteVendor(UUID id) {
        jdbc.sql("DELETE FROM vendors WHERE id = :id").param("id", id).update();
    }

    UUID vendor(String name) {
        UUID[] id = new UUID[1];
        inTransaction(w -> id[0] = w.insertVendor(name));
        return id[0];
    }
}
