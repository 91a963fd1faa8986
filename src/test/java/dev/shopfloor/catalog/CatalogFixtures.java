package dev.shopfloor.catalog;

import dev.shopfloor.platform.Ids;
import dev.shopfloor.platform.context.Actor;
import dev.shopfloor.platform.context.CurrentActor;
import dev.shopfloor.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Intention-named test data for the catalog: request bodies and rows the catalog depends on. */
final class CatalogFixtures {

    private CatalogFixtures() {}

    static String sku() {
        return IntegrationTest.unique("SKU").toUpperCase();
    }

    /** A minimal valid item body; callers add or override fields. */
    static Map<String, Object> item(String sku) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", sku);
        item.put("name", "Jersey " + sku);
        item.put("description", "Breathable training jersey");
        item.put("price", 49.90);
        item.put("currency", "EUR");
        item.put("status", "draft");
        item.put("fulfillment", "stock");
        item.put("specs", Map.of("neck", "crew", "sleeves", "short"));
        item.put("variants", new ArrayList<>());
        return item;
    }

    static Map<String, Object> with(Map<String, Object> item, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(item);
        copy.put(field, value);
        return copy;
    }

    static Map<String, Object> variant(String sku, String size, String color) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("sku", sku);
        v.put("size", size);
        v.put("color", color);
        return v;
    }

    static Map<String, Object> itemWithVariants(String sku, String... sizes) {
        List<Object> variants = new ArrayList<>();
        for (String size : sizes) {
            variants.add(variant(sku + "-" + size, size, "red"));
        }
        return with(item(sku), "variants", variants);
    }

    /** Vendors belong to the partners module; tests insert the row directly as a system job. */
    static UUID vendor(JdbcClient jdbc, PlatformTransactionManager tx) {
        UUID id = Ids.newId();
        CurrentActor.runAs(
                Actor.system("test"),
                () -> new TransactionTemplate(tx)
                        .executeWithoutResult(s -> jdbc.sql("INSERT INTO vendors (id, name) VALUES (:id, :name)")
                                .param("id", id)
                                .param("name", IntegrationTest.unique("Vendor"))
                                .update()));
        return id;
    }
}
