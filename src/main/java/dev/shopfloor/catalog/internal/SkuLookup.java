package dev.shopfloor.catalog.internal;

import dev.shopfloor.catalog.Fulfillment;
import dev.shopfloor.catalog.SkuInfo;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Resolves SKUs of items and variants through the catalog_skus registry, in one query for any number. */
@Repository
public class SkuLookup {

    private static final String FIND = """
            SELECT s.sku, s.item_id, s.variant_id, i.vendor_id, i.name,
                   coalesce(v.price, i.price) AS price, i.currency, i.fulfillment, i.status,
                   i.auto_reorder
            FROM catalog_skus s
            JOIN catalog_items i ON i.id = s.item_id
            LEFT JOIN catalog_variants v ON v.id = s.variant_id
            WHERE s.sku_key = ANY(:keys)
            """;

    private final JdbcClient jdbc;

    SkuLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Map<String, SkuInfo> find(Collection<String> skus) {
        String[] keys = skus.stream().map(SkuLookup::key).distinct().toArray(String[]::new);
        return jdbc
                .sql(FIND)
                .param("keys", keys)
                .query((rs, n) -> new SkuInfo(
                        rs.getString("sku"),
                        rs.getObject("item_id", UUID.class),
                        rs.getObject("variant_id", UUID.class),
                        rs.getObject("vendor_id", UUID.class),
                        rs.getString("name"),
                        rs.getBigDecimal("price"),
                        rs.getString("currency"),
                        Fulfillment.fromDb(rs.getString("fulfillment")),
                        rs.getString("status"),
                        rs.getBoolean("auto_reorder")))
                .stream()
                .collect(Collectors.toMap(info -> key(info.sku()), Function.identity()));
    }

    public static String key(String sku) {
        return sku.toLowerCase(Locale.ROOT);
    }
}
